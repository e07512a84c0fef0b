<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="71"/>
        <source>Thêm người vào đoàn</source>
        <translation>Add a person to the team</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="73"/>
        <source>Họ và tên đầy đủ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="85"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="86"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="87"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="105"/>
        <source>Họ và tên không được để trống.</source>
        <translation>The full name cannot be empty.</translation>
    </message>
</context>
<context>
    <name>BadgeRosterTab</name>
    <message>
        <location filename="../../ui/badge_roster.py" line="109"/>
        <source>Chọn tệp danh sách cán bộ, công chức</source>
        <translation>Choose a staff list file</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="111"/>
        <source>Bảng tính</source>
        <translation>Spreadsheets</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="120"/>
        <source>Ảnh</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="123"/>
        <location filename="../../ui/badge_roster.py" line="192"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="125"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="186"/>
        <source>Gõ họ và tên rồi Enter để thêm vào danh sách</source>
        <translation>Type a full name, then Enter to add it to the list</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="189"/>
        <source>Chức vụ (không bắt buộc)</source>
        <translation>Position (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="191"/>
        <source>Phòng/Bộ phận (giữ cho người sau)</source>
        <translation>Office/Section (kept for the next person)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="203"/>
        <source>Nhập danh sách từ tệp…</source>
        <translation>Import list from file…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="205"/>
        <source>Tệp CSV hoặc Excel có dòng tiêu đề với cột “Họ và tên”; có thể có thêm cột “Chức vụ” và “Phòng/Bộ phận”. Người đã có trong danh sách được bỏ qua.</source>
        <translation>A CSV or Excel file with a header row and a “Họ và tên” (or “Name”) column; it may also have “Chức vụ” (Position) and “Phòng/Bộ phận” columns. People already on the list are skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="207"/>
        <location filename="../../ui/badge_roster.py" line="434"/>
        <source>Xóa người đã chọn</source>
        <translation>Delete selected people</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="208"/>
        <source>Thêm ảnh tập thể…</source>
        <translation>Add group photo…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="210"/>
        <source>Ảnh chụp chung những người có mặt, làm bằng chứng cho mục D2 (không bắt buộc chụp từng người).</source>
        <translation>A photo of everyone present, as evidence for item D2 (no need to photograph each person).</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="226"/>
        <source>Điểm danh và kiểm tra đeo thẻ tại thời điểm Đoàn đến làm việc. Số liệu mục D1, D2 của phiếu kiểm tra được ghi tự động từ danh sách này.</source>
        <translation>Roll call and name-badge check when the team arrives. The figures for checklist items D1 and D2 are filled in automatically from this list.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="271"/>
        <source>Chưa có ai trong danh sách: gõ họ và tên ở trên, hoặc nhập danh sách từ tệp.</source>
        <translation>Nobody on the list yet: type a full name above, or import a list from a file.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="273"/>
        <source>Có mặt {present}/{roster}</source>
        <translation>Present {present}/{roster}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="277"/>
        <source>→ D2 chưa có kết quả (không có ai có mặt)</source>
        <translation>→ D2 has no result yet (nobody present)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="282"/>
        <source>Đúng giờ {on_time}/{present}</source>
        <translation>On time {on_time}/{present}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="284"/>
        <source>Đeo thẻ {wearing}/{present} ({percent})</source>
        <translation>Wearing badge {wearing}/{present} ({percent})</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="298"/>
        <source>Mục D2 có {count} ảnh</source>
        <translation>Item D2 photos: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="301"/>
        <source>Mục D2 chưa có ảnh (cần ít nhất 1)</source>
        <translation>Item D2 has no photo yet (at least 1 needed)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="354"/>
        <source>Xóa khỏi danh sách</source>
        <translation>Delete from list</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="355"/>
        <source>Xóa {count} người khỏi danh sách: {names}?</source>
        <translation>Delete from the list ({count}): {names}?</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="357"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="379"/>
        <source>Đang nhập danh sách cán bộ, công chức…</source>
        <translation>Importing the staff list…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="394"/>
        <source>Chọn ảnh tập thể (mục D2)</source>
        <translation>Choose a group photo (item D2)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="408"/>
        <source>Đang nhập ảnh…</source>
        <translation>Importing photos…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="414"/>
        <source>Đã thêm {count} ảnh vào mục D2.</source>
        <translation>Photos added to item D2: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="417"/>
        <source>{count} ảnh đã có từ trước.</source>
        <translation>Photos already there: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="433"/>
        <source>Thêm ảnh của người này…</source>
        <translation>Add a photo of this person…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="437"/>
        <source>Chọn ảnh của {name}</source>
        <translation>Choose a photo of {name}</translation>
    </message>
</context>
<context>
    <name>BadgeTableModel</name>
    <message>
        <location filename="../../ui/badge_table.py" line="64"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="64"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="64"/>
        <source>Phòng/Bộ phận</source>
        <translation>Office/Section</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="65"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="65"/>
        <source>Đeo thẻ</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="65"/>
        <source>Đúng giờ</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="66"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="68"/>
        <source>Bấm vào ô hoặc nhấn phím cách để đánh dấu hay bỏ đánh dấu.</source>
        <translation>Click the cell or press Space to tick or untick.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="106"/>
        <source>không có lý do</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="112"/>
        <source>Người vắng mặt: không đánh dấu đeo thẻ, đúng giờ.</source>
        <translation>Absent: badge and punctuality are not ticked.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="114"/>
        <source>Chỉ ghi lý do cho người vắng mặt.</source>
        <translation>Give a reason only for people who are absent.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_table.py" line="116"/>
        <source>Có ảnh của người này (mục D2).</source>
        <translation>There is a photo of this person (item D2).</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="53"/>
        <source>Tên đợt</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="53"/>
        <source>Số QĐ</source>
        <translation>Decision No.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="53"/>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="54"/>
        <source>Định kỳ</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="54"/>
        <source>Đột xuất</source>
        <translation>Unannounced</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="142"/>
        <source>Đợt kiểm tra và đoàn kiểm tra</source>
        <translation>Inspection campaigns and teams</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="156"/>
        <source>Đợt mới</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="161"/>
        <source>Các đợt kiểm tra:</source>
        <translation>Inspection campaigns:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="197"/>
        <source>Ví dụ: Kiểm tra kỷ luật, kỷ cương hành chính quý I năm 2026</source>
        <translation>E.g. Inspection of administrative discipline, first quarter of 2026</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="200"/>
        <source>Ví dụ: 125/QĐ-UBND</source>
        <translation>E.g. 125/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="203"/>
        <source>Ví dụ: Ủy ban nhân dân tỉnh Nghệ An</source>
        <translation>E.g. Ủy ban nhân dân tỉnh Nghệ An</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="208"/>
        <source>Ký hiệu sau số thứ tự biên bản, ví dụ “Số: 05/BB-ĐKT”</source>
        <translation>Suffix after the report&apos;s serial number, e.g. “Số: 05/BB-ĐKT”</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="213"/>
        <source>Mỗi căn cứ một dòng, ví dụ: Chỉ thị số 26/CT-TTg ngày 05/9/2016…</source>
        <translation>One legal basis per line, e.g. Chỉ thị số 26/CT-TTg ngày 05/9/2016…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="222"/>
        <source>Tên đợt kiểm tra (*):</source>
        <translation>Campaign name (*):</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="223"/>
        <source>Số quyết định:</source>
        <translation>Decision No.:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="223"/>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="225"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="226"/>
        <source>Hình thức:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="226"/>
        <source>Ký hiệu biên bản:</source>
        <translation>Report suffix:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="228"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="228"/>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="238"/>
        <source>Căn cứ pháp lý:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="243"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="250"/>
        <source>Thành viên đoàn kiểm tra</source>
        <translation>Inspection team members</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="261"/>
        <source>Thêm thành viên…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="263"/>
        <location filename="../../ui/campaigns_dialog.py" line="440"/>
        <location filename="../../ui/campaigns_dialog.py" line="443"/>
        <source>Bỏ khỏi đoàn</source>
        <translation>Remove from team</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="265"/>
        <source>Hãy lưu đợt kiểm tra trước khi thêm thành viên.</source>
        <translation>Save the campaign before adding members.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="318"/>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="319"/>
        <source>Thông tin đợt kiểm tra đang sửa chưa được lưu.</source>
        <translation>The changes to this campaign have not been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="320"/>
        <source>Bỏ các thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="320"/>
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="327"/>
        <source>Đợt kiểm tra mới (chưa lưu)</source>
        <translation>New campaign (not saved)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="437"/>
        <source>Hãy chọn người cần bỏ khỏi đoàn trong bảng.</source>
        <translation>Select the person to remove from the team in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="441"/>
        <source>Bỏ “{name}” khỏi đoàn kiểm tra của đợt này?</source>
        <translation>Remove “{name}” from this campaign&apos;s inspection team?</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="443"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../ui/checklist_editor.py" line="141"/>
        <source>Đã trả lời %1/%2</source>
        <translation>Answered %1/%2</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <location filename="../../ui/checklist_model.py" line="65"/>
        <source>Nội dung kiểm tra</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="65"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="65"/>
        <source>Ảnh</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="121"/>
        <source>Cần %1 ảnh minh chứng, đã có %2</source>
        <translation>Evidence photos needed: %1; taken: %2</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="123"/>
        <source>%1 ảnh</source>
        <translation>Photos: %1</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="81"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="81"/>
        <source>Thuộc</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="81"/>
        <source>Loại xung đột</source>
        <translation>Kind of conflict</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="82"/>
        <source>Số phiên bản</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="82"/>
        <source>Phát hiện lúc</source>
        <translation>Found at</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="272"/>
        <location filename="../../ui/conflicts_dialog.py" line="354"/>
        <source>Xung đột cần xử lý</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="284"/>
        <source>Xung đột xảy ra khi hai máy sửa cùng một nội dung theo hai cách khác nhau. Cho đến khi được xử lý, bản ghi tạm hiển thị phiên bản mới nhất; mọi phiên bản đều được giữ lại. Chọn một xung đột để xem các phiên bản cạnh nhau.</source>
        <translation>A conflict happens when two computers changed the same thing in two different ways. Until it is resolved, the record shows the latest version; every version is kept. Select a conflict to see the versions side by side.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="297"/>
        <source>Các phiên bản</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="303"/>
        <source>Chỉ hiện các trường khác nhau</source>
        <translation>Show only the fields that differ</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="317"/>
        <source>Giữ nguyên cả phiên bản:</source>
        <translation>Keep a whole version:</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="334"/>
        <source>Nguồn gốc bản ghi…</source>
        <translation>Record origin…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="335"/>
        <source>Mọi phiên bản của bản ghi này: máy nào, lúc nào, gói nào mang đến</source>
        <translation>Every version of this record: which computer, when, and which package brought it</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="341"/>
        <location filename="../../ui/conflicts_dialog.py" line="454"/>
        <location filename="../../ui/conflicts_dialog.py" line="460"/>
        <source>Lưu cách giải quyết</source>
        <translation>Save resolution</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="364"/>
        <source>Còn %1 xung đột cần xử lý.</source>
        <translation>%1 conflict(s) still to resolve.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="369"/>
        <source>Không còn xung đột nào cần xử lý.</source>
        <translation>No conflicts left to resolve.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="394"/>
        <source>Chưa chọn xung đột nào.</source>
        <translation>No conflict selected.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="403"/>
        <source>Cuộc kiểm tra này đã hoàn tất (biên bản đã ký), nên không thể thay đổi bằng cách nhập gói. Bấm “Giữ bản đã hoàn tất” để đóng xung đột; nếu cần sửa, hãy lập biên bản bổ sung.</source>
        <translation>This inspection is finalised (its minutes are signed), so importing a package cannot change it. Click “Keep the finalised version” to close the conflict; to correct it, write supplementary minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="409"/>
        <source>Các trường tô vàng có giá trị khác nhau. Bấm vào ô chứa giá trị muốn giữ cho từng trường (có thể lấy mỗi trường từ một phiên bản), hoặc giữ nguyên cả một phiên bản bằng các nút bên dưới; rồi bấm “Lưu cách giải quyết”.</source>
        <translation>Fields shaded yellow have different values. Click the cell with the value to keep for each field (each field may come from a different version), or keep a whole version with the buttons below; then click “Save resolution”.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="423"/>
        <source>Chọn phiên bản này: %1</source>
        <translation>Choose this version: %1</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="457"/>
        <source>Giữ bản đã hoàn tất</source>
        <translation>Keep the finalised version</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="464"/>
        <source>Còn %1 trường chưa chọn giá trị: %2</source>
        <translation>%1 field(s) without a chosen value: %2</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="480"/>
        <source>Chưa lưu được cách giải quyết</source>
        <translation>The resolution was not saved</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="484"/>
        <source>Đã lưu: giữ nguyên một phiên bản.</source>
        <translation>Saved: one version kept as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="485"/>
        <source>Đã lưu: kết hợp giá trị từ nhiều phiên bản.</source>
        <translation>Saved: values combined from several versions.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="486"/>
        <source>Đã đóng xung đột, giữ bản đã hoàn tất.</source>
        <translation>Conflict closed; the finalised version is kept.</translation>
    </message>
</context>
<context>
    <name>DeviceNameDialog</name>
    <message>
        <location filename="../../ui/device_dialog.py" line="48"/>
        <location filename="../../ui/device_dialog.py" line="89"/>
        <source>Tên máy này</source>
        <translation>This laptop&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/device_dialog.py" line="51"/>
        <source>Tên máy đi kèm mọi gói dữ liệu xuất ra, để văn phòng biết gói đến từ máy nào. Đổi tên không đổi mã máy và khóa ký: văn phòng vẫn nhận ra đây là cùng một máy.</source>
        <translation>The laptop&apos;s name travels with every data package it exports, so headquarters knows which laptop a package came from. Renaming changes neither the device id nor the signing key: headquarters still recognises it as the same laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/device_dialog.py" line="59"/>
        <source>Ví dụ: Đoàn 1 – máy chị Hương</source>
        <translation>Example: Team 1 – Ms Hương&apos;s laptop</translation>
    </message>
    <message>
        <location filename="../../ui/device_dialog.py" line="70"/>
        <source>Văn phòng đối chiếu dấu vân tay này khi tin cậy máy lần đầu.</source>
        <translation>Headquarters compares this fingerprint when it trusts the laptop for the first time.</translation>
    </message>
    <message>
        <location filename="../../ui/device_dialog.py" line="76"/>
        <source>Tên hiện tại:</source>
        <translation>Current name:</translation>
    </message>
    <message>
        <location filename="../../ui/device_dialog.py" line="77"/>
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/device_dialog.py" line="79"/>
        <source>Mã máy:</source>
        <translation>Device id:</translation>
    </message>
    <message>
        <location filename="../../ui/device_dialog.py" line="80"/>
        <source>Dấu vân tay:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/device_dialog.py" line="104"/>
        <source>Không đổi được tên máy</source>
        <translation>Could not rename the laptop</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="278"/>
        <source>Kéo thả các tệp gói dữ liệu (.ktpkg) hoặc cả thư mục chứa chúng vào đây,
hoặc dùng nút “Thêm tệp…” / “Thêm thư mục…” bên dưới.</source>
        <translation>Drag and drop data package files (.ktpkg) or a whole folder of them here,
or use the “Add files…” / “Add folder…” buttons below.</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Chưa mở tệp dữ liệu nào.
Hãy mở một tệp có sẵn hoặc tạo tệp mới.</source>
        <translation>No data file is open.
Open an existing file or create a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Mở tệp dữ liệu…</source>
        <translation>Open data file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Tạo tệp dữ liệu mới…</source>
        <translation>New data file…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <location filename="../../ui/export_dialog.py" line="213"/>
        <location filename="../../ui/export_dialog.py" line="431"/>
        <source>Xuất gói dữ liệu</source>
        <translation>Export data package</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="113"/>
        <source>Gói dữ liệu (.ktpkg) mang kết quả kiểm tra của máy này về văn phòng hoặc sang máy khác. Xuất gói không làm thay đổi dữ liệu.</source>
        <translation>A data package (.ktpkg) carries this computer&apos;s inspection results to the office or to another computer. Exporting does not change any data.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117"/>
        <source>Xuất những gì</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="119"/>
        <source>Những thay đổi kể từ lần xuất trước</source>
        <translation>Changes since the last export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="120"/>
        <source>Các cuộc kiểm tra được chọn</source>
        <translation>Selected inspections</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="121"/>
        <source>Một đợt kiểm tra</source>
        <translation>One inspection campaign</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="122"/>
        <source>Tất cả</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="130"/>
        <source>Mọi thứ đã thêm hoặc sửa trên máy này (và các gói đã nhập vào máy này) từ lần xuất gói trước</source>
        <translation>Everything added or changed on this computer (and in packages imported into it) since the last export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="133"/>
        <source>Toàn bộ dữ liệu của tệp đang mở, kể cả những gì đã xuất trước đây</source>
        <translation>All data of the open file, including what was exported before</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="136"/>
        <source>Tìm theo đơn vị…</source>
        <translation>Search by unit…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="140"/>
        <source>Đơn vị được kiểm tra</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="140"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="140"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="158"/>
        <source>Chưa có đợt kiểm tra nào.</source>
        <translation>There are no inspection campaigns yet.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>Gói sẽ gồm</source>
        <translation>The package will contain</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="180"/>
        <source>Chọn nơi lưu…</source>
        <translation>Choose location…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="186"/>
        <source>Lưu gói vào tệp:</source>
        <translation>Save package to file:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="191"/>
        <source>Máy vẫn mang tên do hệ điều hành đặt, văn phòng khó phân biệt với máy khác. &lt;a href=&quot;name&quot;&gt;Đặt tên máy…&lt;/a&gt;</source>
        <translation>This laptop still has the name the operating system gave it; headquarters will find it hard to tell apart from others. &lt;a href=&quot;name&quot;&gt;Name this laptop…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="201"/>
        <source>Máy này:</source>
        <translation>This computer:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="204"/>
        <source>Xuất gói</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="244"/>
        <source>%1 — dấu vân tay %2 (nơi nhận gói đối chiếu dãy này khi tin cậy máy)</source>
        <translation>%1 — fingerprint %2 (the receiving side compares it before trusting this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="325"/>
        <source>Hãy đánh dấu ít nhất một cuộc kiểm tra trong danh sách.</source>
        <translation>Tick at least one inspection in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="329"/>
        <source>Hãy chọn một đợt kiểm tra.</source>
        <translation>Choose an inspection campaign.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="331"/>
        <location filename="../../ui/export_dialog.py" line="357"/>
        <source>Đang tính nội dung gói…</source>
        <translation>Working out what the package will contain…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="353"/>
        <source>Không tính được nội dung gói: %1</source>
        <translation>Could not work out the package contents: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="363"/>
        <source>Không có gì mới để xuất kể từ lần xuất trước. Muốn xuất lại toàn bộ dữ liệu, hãy chọn “Tất cả”.</source>
        <translation>Nothing new to export since the last export. To export all data again, choose “Everything”.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="365"/>
        <source>Lựa chọn này không có dữ liệu nào để xuất.</source>
        <translation>This selection has no data to export.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="369"/>
        <source>Cuộc kiểm tra: %1</source>
        <translation>Inspections: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="370"/>
        <source>Ảnh: %1</source>
        <translation>Photos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="371"/>
        <source>Bản ghi (mọi loại, kể cả danh mục): %1</source>
        <translation>Records (all kinds, catalogues included): %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="372"/>
        <source>Dung lượng ước tính: khoảng %1 MB</source>
        <translation>Estimated size: about %1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="414"/>
        <source>Lưu gói dữ liệu</source>
        <translation>Save data package</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="415"/>
        <source>Gói dữ liệu Kiểm tra kỷ cương (*.ktpkg)</source>
        <translation>Kiểm tra kỷ cương data packages (*.ktpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="426"/>
        <source>Hãy chọn nơi lưu gói dữ liệu.</source>
        <translation>Choose where to save the data package.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="432"/>
        <source>Tệp “%1” đã có. Ghi đè bằng gói mới?</source>
        <translation>The file “%1” already exists. Replace it with the new package?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="433"/>
        <source>Ghi đè</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="433"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="443"/>
        <source>Đang xuất gói dữ liệu…</source>
        <translation>Exporting data package…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="450"/>
        <source>Đã xuất gói dữ liệu</source>
        <translation>Data package exported</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="451"/>
        <source>Đã xuất gói dữ liệu vào tệp:</source>
        <translation>The data package was exported to the file:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="454"/>
        <source>Gói gồm %1 cuộc kiểm tra, %2 ảnh, %3 bản ghi (khoảng %4 MB).</source>
        <translation>It contains %1 inspection(s), %2 photo(s), %3 record(s) (about %4 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="458"/>
        <source>Hãy chép tệp này sang USB và mang về văn phòng (hoặc sang máy cần nhập), rồi dùng “Tệp ▸ Nhập gói dữ liệu…” trên máy đó.</source>
        <translation>Copy this file to a USB stick and take it to the office (or to the computer that will import it), then use “File ▸ Import data packages…” there.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="468"/>
        <source>Không xuất được gói dữ liệu</source>
        <translation>The data package could not be exported</translation>
    </message>
</context>
<context>
    <name>FieldValueModel</name>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="328"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="328"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="17"/>
        <source>Hoàn tất biên bản</source>
        <translation>Finalise the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="20"/>
        <source>Hoàn tất biên bản bổ sung cho biên bản số %1 tại %2?</source>
        <translation>Finalise the supplementary minutes to minutes No. %1 at %2?</translation>
    </message>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="23"/>
        <source>Hoàn tất biên bản kiểm tra tại %1?</source>
        <translation>Finalise the inspection minutes at %1?</translation>
    </message>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="29"/>
        <source>Biên bản sẽ mang số &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>The minutes will be numbered &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="30"/>
        <source>Cuộc kiểm tra cùng mọi câu trả lời, ảnh, tồn tại, kiến nghị, ghi chú và chữ ký sẽ bị &lt;b&gt;khóa vĩnh viễn&lt;/b&gt;: từ nay chỉ xem được, không ai sửa hay xóa được nữa.</source>
        <translation>The inspection and all its answers, photos, findings, requests, notes and signatures will be &lt;b&gt;locked for good&lt;/b&gt;: from now on they can only be viewed, nobody can change or delete them.</translation>
    </message>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="33"/>
        <source>Tệp PDF được ban hành thành &lt;b&gt;phiên bản 1&lt;/b&gt; (không còn chữ DỰ THẢO); dấu vân tay SHA-256 của tệp được lưu lại để sau này kiểm tra tệp có bị sửa hay không.</source>
        <translation>The PDF is issued as &lt;b&gt;version 1&lt;/b&gt; (without the DRAFT mark); its SHA-256 fingerprint is recorded so the file can later be checked for changes.</translation>
    </message>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="36"/>
        <source>Nếu sau này cần sửa chữa hay bổ sung, phải lập &lt;b&gt;biên bản bổ sung&lt;/b&gt; (đính chính); biên bản này giữ nguyên.</source>
        <translation>Any later correction or addition needs &lt;b&gt;supplementary minutes&lt;/b&gt;; these minutes stay as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="44"/>
        <source>Hãy kiểm tra kỹ bản xem trước và chữ ký của các bên trước khi hoàn tất. Việc này không thể hoàn tác.</source>
        <translation>Check the preview and both sides&apos; signatures carefully before finalising. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/finalise_dialog.py" line="49"/>
        <source>Hoàn tất và khóa</source>
        <translation>Finalise and lock</translation>
    </message>
</context>
<context>
    <name>FollowUpCard</name>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="94"/>
        <source>Phím %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="98"/>
        <source>Ngày khắc phục:</source>
        <translation>Fixed on:</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="108"/>
        <source>Ghi chú kết quả khắc phục (lưu tự động)</source>
        <translation>Note on the remedy (saved automatically)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="113"/>
        <source>Đã khắc phục: cần 1 ảnh chứng minh.</source>
        <translation>Fixed: 1 photo is required as evidence.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="116"/>
        <source>Ảnh kết quả khắc phục</source>
        <translation>Photos of the remedy</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="133"/>
        <source> (biên bản số %1)</source>
        <translation> (minutes no. %1)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="135"/>
        <source>%1 · Kiến nghị của lần kiểm tra ngày %2%3</source>
        <translation>%1 · Request of the inspection of %2%3</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="141"/>
        <source>Trách nhiệm: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="143"/>
        <source>Thời hạn: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="146"/>
        <source>(quá hạn)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="149"/>
        <source>Lần theo dõi trước: %1</source>
        <translation>Previous follow-up: %1</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="151"/>
        <source>Chưa giao trách nhiệm, thời hạn.</source>
        <translation>No one responsible and no deadline set.</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="238"/>
        <source>Đơn vị chưa có kiến nghị nào từ các lần kiểm tra trước.</source>
        <translation>The unit has no requests from earlier inspections.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="279"/>
        <source>Khắc phục lần trước (%1)</source>
        <translation>Earlier requests (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="290"/>
        <source>Kiến nghị của các lần kiểm tra trước chưa được xác nhận đã khắc phục. Chọn kết quả bằng chuột hoặc phím 1, 2, 3; ↑/↓ chuyển kiến nghị.</source>
        <translation>Requests of earlier inspections not yet confirmed as fixed. Choose the result with the mouse or the keys 1, 2, 3; ↑/↓ move between requests.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_tab.py" line="293"/>
        <source>Chưa đánh giá: %1.</source>
        <translation>Not assessed yet: %1.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/import_report.py" line="75"/>
        <source>Kết quả nhập danh mục đơn vị</source>
        <translation>Unit catalogue import results</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="83"/>
        <source>Chép danh sách</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="85"/>
        <source>Chép các dòng bị bỏ qua để dán vào Excel hoặc thư điện tử</source>
        <translation>Copy the skipped rows to paste them into Excel or an e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="89"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="113"/>
        <source>Đã nhập {imported} đơn vị</source>
        <translation>Units imported: {imported}</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="115"/>
        <source>Không nhập được đơn vị nào, bỏ qua {skipped} dòng</source>
        <translation>No units imported; rows skipped: {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="117"/>
        <source>Đã nhập {imported} đơn vị, bỏ qua {skipped} dòng</source>
        <translation>Units imported: {imported}; rows skipped: {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="122"/>
        <source>Tệp “{name}” có {total} dòng dữ liệu.</source>
        <translation>Data rows in “{name}”: {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="125"/>
        <source>Không có dòng nào bị bỏ qua.</source>
        <translation>No rows were skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="127"/>
        <source>Các dòng dưới đây chưa được nhập. Hãy sửa chúng trong tệp rồi nhập lại; những đơn vị đã nhập lần này sẽ được bỏ qua vì đã có trong danh mục.</source>
        <translation>The rows below were not imported. Correct them in the file and import it again; the units imported this time will then be skipped, as they are already in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="148"/>
        <source>Đã chép {count} dòng.</source>
        <translation>Rows copied: {count}.</translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <location filename="../../ui/info_tab.py" line="51"/>
        <source>Thời gian, địa điểm</source>
        <translation>Time and place</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="54"/>
        <source>Đã kết thúc lúc</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="62"/>
        <source>Bắt đầu:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="63"/>
        <source>Kết thúc:</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="64"/>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="65"/>
        <source>Nội dung kiểm tra:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="66"/>
        <source>Số bản biên bản:</source>
        <translation>Copies of the report:</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="68"/>
        <source>Ý kiến của đơn vị được kiểm tra</source>
        <translation>Opinion of the inspected unit</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="71"/>
        <source>Đại diện đơn vị không ký biên bản</source>
        <translation>The unit&apos;s representative did not sign the report</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="72"/>
        <source>Lý do không ký</source>
        <translation>Reason for not signing</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="80"/>
        <source>Thành phần đoàn kiểm tra</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="81"/>
        <source>Đại diện đơn vị được kiểm tra</source>
        <translation>Representatives of the inspected unit</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="87"/>
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="88"/>
        <source>Bỏ người đã chọn</source>
        <translation>Remove selected person</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="143"/>
        <source>Bỏ đánh dấu nếu người này vắng mặt</source>
        <translation>Untick if this person is absent</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="186"/>
        <location filename="../../ui/info_tab.py" line="189"/>
        <location filename="../../ui/info_tab.py" line="195"/>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="186"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="189"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/info_tab.py" line="195"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
</context>
<context>
    <name>InspectionBanner</name>
    <message>
        <location filename="../../ui/inspection_banner.py" line="75"/>
        <source>Biên bản đã hoàn tất số &lt;b&gt;%1&lt;/b&gt; — chỉ xem, không sửa được. Cần sửa chữa hay bổ sung thì lập biên bản bổ sung.</source>
        <translation>Minutes No. &lt;b&gt;%1&lt;/b&gt; are finalised — view only, no changes. For a correction or addition, make supplementary minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_banner.py" line="79"/>
        <source>(Ban hành lúc %1, phiên bản %2.)</source>
        <translation>(Issued at %1, version %2.)</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_banner.py" line="82"/>
        <source>Lập biên bản bổ sung…</source>
        <translation>Make supplementary minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_banner.py" line="86"/>
        <source>Tạo một biên bản mới, liên kết với biên bản này, để ghi nội dung bổ sung, đính chính; biên bản này giữ nguyên.</source>
        <translation>Create new minutes, linked to these, to record additions and corrections; these minutes stay as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_banner.py" line="90"/>
        <source>Biên bản bổ sung, đính chính cho biên bản số &lt;b&gt;%1&lt;/b&gt; (kiểm tra ngày %2).</source>
        <translation>Supplementary minutes (additions and corrections) to minutes No. &lt;b&gt;%1&lt;/b&gt; (inspection of %2).</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_banner.py" line="93"/>
        <source>Mở biên bản gốc</source>
        <translation>Open the original minutes</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_banner.py" line="98"/>
        <source>Đã có biên bản bổ sung số &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Supplementary minutes No. &lt;b&gt;%1&lt;/b&gt; were issued.</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_banner.py" line="101"/>
        <source>Biên bản bổ sung đang lập (từ %1).</source>
        <translation>Supplementary minutes in progress (since %1).</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_banner.py" line="103"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>InspectionListPage</name>
    <message>
        <location filename="../../ui/inspection_list.py" line="164"/>
        <source>Các cuộc kiểm tra</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="168"/>
        <source>Cuộc kiểm tra mới…</source>
        <translation>New inspection…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="174"/>
        <source>Tìm theo đơn vị, đợt, địa điểm…</source>
        <translation>Search by unit, campaign, place…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="181"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="187"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="193"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="198"/>
        <source>Không đạt ≥</source>
        <translation>Fails ≥</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="222"/>
        <source>Chưa có cuộc kiểm tra nào. Bấm “Cuộc kiểm tra mới…” để bắt đầu.</source>
        <translation>No inspections yet. Click “New inspection…” to start.</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="230"/>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="231"/>
        <source>Mọi đợt kiểm tra</source>
        <translation>All campaigns</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inspection_list.py" line="261"/>
        <source>%n cuộc kiểm tra</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../../ui/inspection_page.py" line="49"/>
        <source>← Danh sách</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="91"/>
        <source>Phiếu kiểm tra</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="92"/>
        <source>Tồn tại, hạn chế</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="93"/>
        <source>Kiến nghị</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="94"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="95"/>
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="96"/>
        <source>Đeo thẻ, giờ giấc</source>
        <translation>Badges and punctuality</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="101"/>
        <source>Chữ ký</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="114"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="140"/>
        <source>ngoài đợt</source>
        <translation>no campaign</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="149"/>
        <source>Tồn tại, hạn chế (%1)</source>
        <translation>Shortcomings (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="150"/>
        <source>Kiến nghị (%1)</source>
        <translation>Requests (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="192"/>
        <source>Chưa thể hoàn tất biên bản: %1</source>
        <translation>The minutes cannot be finalised yet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="214"/>
        <source>Đang hoàn tất biên bản…</source>
        <translation>Finalising the minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="243"/>
        <location filename="../../ui/inspection_page.py" line="245"/>
        <source>Lập biên bản bổ sung</source>
        <translation>Make supplementary minutes</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="244"/>
        <source>Lập biên bản bổ sung, đính chính cho biên bản số %1?</source>
        <translation>Make supplementary minutes (additions and corrections) to minutes No. %1?</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_page.py" line="247"/>
        <source>Một biên bản mới (dự thảo) được tạo với cùng đơn vị, đợt kiểm tra, địa điểm và thành phần. Ghi nội dung bổ sung, đính chính ở tab Tồn tại, hạn chế, Kiến nghị hoặc Ghi chú; các bên ký rồi hoàn tất như biên bản thường. Biên bản số %1 giữ nguyên.</source>
        <translation>New minutes (a draft) are created with the same unit, campaign, place and participants. Write the additions and corrections in the Findings, Requests or Notes tab; both sides sign and finalise them like any minutes. Minutes No. %1 stay as they are.</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <location filename="../../ui/inspection_list.py" line="42"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="43"/>
        <source>Đơn vị được kiểm tra</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="44"/>
        <source>Đợt kiểm tra</source>
        <translation>Inspection campaign</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="45"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="46"/>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="47"/>
        <source>Không đạt</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="129"/>
        <source>Biên bản kiểm tra bổ sung, đính chính biên bản số %1</source>
        <translation>Supplementary minutes correcting minutes No. %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_list.py" line="138"/>
        <source>Bổ sung – %1</source>
        <translation>Supplementary – %1</translation>
    </message>
</context>
<context>
    <name>ItemChooserDialog</name>
    <message>
        <location filename="../../ui/photo_viewer.py" line="99"/>
        <source>Chuyển ảnh sang mục</source>
        <translation>Move photo to item</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="104"/>
        <source>(không gắn mục)</source>
        <translation>(no item)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="118"/>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="122"/>
        <source>Chọn mục của phiếu kiểm tra mà ảnh này làm minh chứng:</source>
        <translation>Choose the checklist item this photo is evidence for:</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/item_panel.py" line="146"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="162"/>
        <source>Xóa kết quả</source>
        <translation>Clear result</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="187"/>
        <source>Ghi chú của mục (Enter để sang mục sau, Shift+Enter xuống dòng):</source>
        <translation>Item note (Enter moves to the next item, Shift+Enter starts a new line):</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="211"/>
        <source>Tiêu chí quan trọng</source>
        <translation>Key criterion</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="213"/>
        <source>Cần ít nhất %1 ảnh</source>
        <translation>Photos required: at least %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="215"/>
        <source>Không đạt phải ghi rõ lý do</source>
        <translation>A fail needs a stated reason</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="219"/>
        <source>Căn cứ: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="234"/>
        <source>a/b</source>
        <translation>a/b</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="251"/>
        <source>Số lượng (0–%1):</source>
        <translation>Count (0–%1):</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="252"/>
        <source>Số liệu:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="252"/>
        <source>Nội dung:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="255"/>
        <source>ví dụ 18/20 rồi Enter</source>
        <translation>e.g. 18/20, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="255"/>
        <location filename="../../ui/item_panel.py" line="256"/>
        <source>số, rồi Enter</source>
        <translation>a number, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="276"/>
        <source>Chưa trả lời.</source>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="280"/>
        <source>Kết quả: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="286"/>
        <source>Mục không đạt: hãy ghi rõ lý do vào ô ghi chú.</source>
        <translation>Failed item: state the reason in the note box.</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="504"/>
        <source>Thiếu ảnh minh chứng: cần %1, có %2</source>
        <translation>Evidence photos missing: %1 needed, %2 taken</translation>
    </message>
</context>
<context>
    <name>ItemPhotoStrip</name>
    <message>
        <location filename="../../ui/photo_strip.py" line="164"/>
        <source>Ảnh minh chứng</source>
        <translation>Evidence photos</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="167"/>
        <source>Thêm ảnh…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="168"/>
        <source>Chọn một hoặc nhiều ảnh (JPEG, PNG, HEIC). Có thể kéo thả ảnh, cả thư mục, hoặc dán bằng Ctrl+V.</source>
        <translation>Choose one or more photos (JPEG, PNG, HEIC). You can also drag and drop photos or whole folders, or paste with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="216"/>
        <source>Mục này chưa có ảnh.</source>
        <translation>This item has no photos yet.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="218"/>
        <source>Kéo thả ảnh hoặc cả thư mục ảnh vào đây, dán bằng Ctrl+V, hoặc bấm “Thêm ảnh…”.</source>
        <translation>Drop photos or a whole photo folder here, paste with Ctrl+V, or click “Add photos…”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="27"/>
        <source>Tệp dữ liệu Kiểm tra kỷ cương (*.sqlite *.db);;Tất cả các tệp (*)</source>
        <translation>Kiểm tra kỷ cương data files (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Tạo tệp dữ liệu &amp;mới…</source>
        <translation>&amp;New data file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>&amp;Mở tệp dữ liệu…</source>
        <translation>&amp;Open data file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Xuất gói dữ liệu…</source>
        <translation>&amp;Export data package…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Nhập gói dữ liệu…</source>
        <translation>&amp;Import data packages…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Kiểm tra tệp biên bản PDF…</source>
        <translation>&amp;Verify a minutes PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Danh mục</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>&amp;Đơn vị được kiểm tra…</source>
        <translation>&amp;Inspected units…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Đợt &amp;kiểm tra và đoàn…</source>
        <translation>Inspection &amp;campaigns and teams…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Cuộc kiểm tra &amp;mới…</source>
        <translation>&amp;New inspection…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Danh sách cuộc kiểm tra</source>
        <translation>Inspection &amp;list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Tạo dữ liệu mẫu…</source>
        <translation>Create sample &amp;data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Dữ &amp;liệu</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Xung đột cần xử lý…</source>
        <translation>&amp;Conflicts to resolve…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;Lịch sử nhập gói…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Mở danh sách xung đột cần xử lý</source>
        <translation>Open the list of conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Tên máy này…</source>
        <translation>This laptop&apos;s &amp;name…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Không mở được tệp dữ liệu</source>
        <translation>Could not open the data file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Tệp dữ liệu: %1</source>
        <translation>Data file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Đã nâng cấp tệp dữ liệu; bản sao trước khi nâng cấp: %1</source>
        <translation>Data file upgraded; the copy from before the upgrade: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Mở tệp dữ liệu</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Tạo tệp dữ liệu mới</source>
        <translation>New data file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Tệp “%1” đã có. Hãy chọn tên khác hoặc dùng “Mở tệp dữ liệu”.</source>
        <translation>The file “%1” already exists. Choose another name, or use “Open data file”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Xung đột cần xử lý (%1)…</source>
        <translation>&amp;Conflicts to resolve (%1)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>⚠ %1 xung đột cần xử lý</source>
        <translation>⚠ %1 conflict(s) to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Đã đặt tên máy: %1</source>
        <translation>Laptop named: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Dữ liệu mẫu</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Tạo dữ liệu mẫu để làm quen với phần mềm?</source>
        <translation>Create sample data to get to know the software?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Tạo dữ liệu mẫu</source>
        <translation>Create sample data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Để sau</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Phần mềm sẽ thêm các đơn vị của tỉnh Nghệ An, một số đợt kiểm tra và 40 cuộc kiểm tra mẫu vào tệp dữ liệu đang mở.</source>
        <translation>The software will add the units of Nghệ An province, a few inspection campaigns and 40 sample inspections to the open data file.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Ngôn ngữ mới sẽ được dùng khi mở lại phần mềm.</source>
        <translation>The new language will be used the next time the software starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Ghi nhận, lập biên bản và tổng hợp kết quả kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính. Hoạt động hoàn toàn không cần mạng.</source>
        <translation>Records inspections of compliance with administrative discipline, drafts their reports and summarises the results. Works entirely offline.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="300"/>
        <location filename="../../ui/merge_dialog.py" line="359"/>
        <source>Nhập gói dữ liệu</source>
        <translation>Import data packages</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="312"/>
        <source>Nhập các gói dữ liệu do các đoàn (hoặc máy khác) xuất ra. Mỗi gói được kiểm tra trước: hợp lệ hay bị từ chối và vì sao, máy gửi, và những gì sẽ thay đổi. Chỉ khi bấm “Nhập” dữ liệu mới được ghi; gói bị từ chối không làm thay đổi gì.</source>
        <translation>Import the data packages exported by the teams (or by another computer). Each package is checked first: valid or rejected and why, the sending computer, and what would change. Data is written only when you click “Import”; a rejected package changes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="328"/>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="329"/>
        <source>Thêm thư mục…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="330"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="331"/>
        <source>Tin cậy máy này…</source>
        <translation>Trust this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="332"/>
        <source>Xem dấu vân tay của máy gửi gói đang chọn và xác nhận đã đối chiếu với máy đó</source>
        <translation>See the fingerprint of the computer that sent the selected package and confirm it was compared with that computer</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="347"/>
        <location filename="../../ui/merge_dialog.py" line="382"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="381"/>
        <source>Nhập %1 gói</source>
        <translation>Import %1 package(s)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="390"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="394"/>
        <source>Sẵn sàng nhập: %1 gói.</source>
        <translation>Ready to import: %1 package(s).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="396"/>
        <source>Chờ tin cậy máy gửi: %1 gói.</source>
        <translation>Waiting for the sender to be trusted: %1 package(s).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="398"/>
        <source>Bị từ chối: %1 gói (không được nhập).</source>
        <translation>Rejected: %1 package(s) (not imported).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="404"/>
        <source>Chọn các gói dữ liệu</source>
        <translation>Choose data packages</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="405"/>
        <source>Gói dữ liệu Kiểm tra kỷ cương (*.ktpkg);;Tất cả các tệp (*)</source>
        <translation>Kiểm tra kỷ cương data packages (*.ktpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="415"/>
        <source>Chọn thư mục chứa các gói dữ liệu</source>
        <translation>Choose the folder holding the data packages</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="417"/>
        <source>Chọn thư mục</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="431"/>
        <source>Không tìm thấy gói dữ liệu (.ktpkg) nào trong thư mục đã chọn.</source>
        <translation>No data packages (.ktpkg) were found in the chosen folder.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="496"/>
        <source>Đang kiểm tra các gói dữ liệu…</source>
        <translation>Checking the data packages…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="529"/>
        <source>Gói %1/%2 — %3: %4</source>
        <translation>Package %1/%2 — %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="557"/>
        <source>Đang nhập các gói dữ liệu…</source>
        <translation>Importing the data packages…</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="162"/>
        <location filename="../../ui/merge_history_dialog.py" line="212"/>
        <source>Lịch sử nhập gói</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="170"/>
        <source>Mỗi gói dữ liệu đã nhập vào tệp này: lúc nào, từ máy nào, đã thay đổi những gì. Chọn một gói để xem các bản ghi nó thay đổi; chọn một bản ghi rồi bấm “Nguồn gốc bản ghi…” để xem mọi phiên bản của nó.</source>
        <translation>Every data package imported into this file: when, from which computer, and what it changed. Select a package to see the records it changed; select a record and click “Record origin…” to see all its versions.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="185"/>
        <source>Các bản ghi gói này đã thay đổi</source>
        <translation>Records this package changed</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="186"/>
        <source>Hiện cả những bản ghi không đổi</source>
        <translation>Also show unchanged records</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="191"/>
        <source>Nguồn gốc bản ghi…</source>
        <translation>Record origin…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="221"/>
        <source>Đã nhập %1 gói.</source>
        <translation>%1 package(s) imported.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="222"/>
        <source>Chưa nhập gói dữ liệu nào vào tệp này.</source>
        <translation>No data packages have been imported into this file yet.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="242"/>
        <source>Các bản ghi gói “%1” đã thay đổi (%2)</source>
        <translation>Records the package “%1” changed (%2)</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../ui/minutes_tab.py" line="159"/>
        <source>Chưa có bản xem trước.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="161"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="162"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="163"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="178"/>
        <source>Các phiên bản đã ban hành</source>
        <translation>Issued versions</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="179"/>
        <source>Còn thiếu</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="184"/>
        <source>Tiêu đề biên bản (dùng chung cho mọi biên bản)</source>
        <translation>Minutes header (shared by all minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="188"/>
        <source>Cơ quan chủ quản:</source>
        <translation>Parent agency:</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="189"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="190"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="198"/>
        <source>Cập nhật bản xem trước</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="199"/>
        <source>Lưu thành tệp PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="200"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="205"/>
        <source>Hoàn tất biên bản…</source>
        <translation>Finalise the minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="213"/>
        <source>Ký số…</source>
        <translation>Sign digitally…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="216"/>
        <source>Ký số biên bản đã ban hành bằng tệp chứng thư số hoặc USB token.</source>
        <translation>Sign the issued minutes digitally with a certificate file or a USB token.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="217"/>
        <source>Chỉ ký số được biên bản đã hoàn tất.</source>
        <translation>Only finalised minutes can be signed digitally.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="220"/>
        <source>Kiểm tra tệp biên bản PDF…</source>
        <translation>Verify a minutes PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="222"/>
        <source>Kiểm tra một tệp biên bản PDF: có đúng là bản đã ban hành, chữ ký số còn nguyên vẹn không.</source>
        <translation>Check a minutes PDF: is it an issued version, are its digital signatures intact.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="274"/>
        <source>Chưa có ý kiến của đơn vị</source>
        <translation>No opinion of the unit yet</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="282"/>
        <source>Không còn thiếu nội dung nào.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="286"/>
        <source>Chưa thể hoàn tất:</source>
        <translation>Cannot be finalised yet:</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="287"/>
        <source>Ban hành biên bản (phiên bản 1) và khóa cuộc kiểm tra.</source>
        <translation>Issue the minutes (version 1) and lock the inspection.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="340"/>
        <location filename="../../ui/minutes_tab.py" line="352"/>
        <source>Đang cập nhật bản xem trước…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="368"/>
        <source>Bản chính thức số %1, phiên bản %2, %3 trang.</source>
        <translation>Official minutes No. %1, version %2, %3 pages.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="373"/>
        <source>Bản dự thảo, %1 trang, cập nhật lúc %2.</source>
        <translation>Draft, %1 page(s), updated at %2.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="383"/>
        <source>Đã dừng cập nhật bản xem trước.</source>
        <translation>Preview update stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="386"/>
        <source>Không lập được bản xem trước: %1</source>
        <translation>Could not build the preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="416"/>
        <source>Lưu biên bản thành tệp PDF</source>
        <translation>Save the minutes as a PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="417"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="429"/>
        <source>Không ghi được tệp “%1”. Hãy kiểm tra quyền ghi và dung lượng trống của ổ đĩa.</source>
        <translation>Could not write the file “%1”. Check write permission and free disk space.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="445"/>
        <source>Đang lập biên bản…</source>
        <translation>Building the minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="449"/>
        <source>Đã lưu biên bản vào %1</source>
        <translation>Minutes saved to %1</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="459"/>
        <source>In biên bản</source>
        <translation>Print the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="466"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/minutes_tab.py" line="470"/>
        <source>Đã gửi %1 trang đến máy in.</source>
        <translation>Sent %1 page(s) to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/issued_preview.py" line="37"/>
        <source>Phiên bản %1 — số %2, ban hành lúc %3.</source>
        <translation>Version %1 — No. %2, issued at %3.</translation>
    </message>
    <message>
        <location filename="../../ui/issued_preview.py" line="41"/>
        <source>Ký số: %1.</source>
        <translation>Digitally signed: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/issued_preview.py" line="43"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../ui/issued_preview.py" line="47"/>
        <source>Chưa có phiên bản nào được ban hành.</source>
        <translation>No version has been issued yet.</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="122"/>
        <source>Bắt đầu cuộc kiểm tra mới</source>
        <translation>Start a new inspection</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="127"/>
        <source>Đơn vị được kiểm tra (*):</source>
        <translation>Inspected unit (*):</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="129"/>
        <source>(không thuộc đợt nào)</source>
        <translation>(no campaign)</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="133"/>
        <source> — QĐ số {number}</source>
        <translation> — Decision No. {number}</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="139"/>
        <source>Đợt kiểm tra:</source>
        <translation>Inspection campaign:</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="147"/>
        <source>Thời gian bắt đầu:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="149"/>
        <source>Mặc định: địa chỉ của đơn vị</source>
        <translation>Default: the unit&apos;s address</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="150"/>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="159"/>
        <source>Bắt đầu kiểm tra</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="198"/>
        <source>Gõ một phần tên đơn vị (có dấu hoặc không dấu) để tìm…</source>
        <translation>Type part of the unit&apos;s name (with or without diacritics) to search…</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="250"/>
        <source>Thành viên đoàn có mặt</source>
        <translation>Team members present</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="254"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="257"/>
        <source>Bỏ đánh dấu người vắng mặt</source>
        <translation>Untick anyone who is absent</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="263"/>
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="309"/>
        <source>Đại diện đơn vị được kiểm tra</source>
        <translation>Representatives of the inspected unit</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="253"/>
        <location filename="../../ui/new_inspection_dialog.py" line="311"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="253"/>
        <location filename="../../ui/new_inspection_dialog.py" line="311"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="316"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="318"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="363"/>
        <source>Không có đơn vị “{name}” trong danh mục. Hãy chọn một đơn vị trong danh sách gợi ý (gõ một phần tên để tìm).</source>
        <translation>There is no unit “{name}” in the catalogue. Choose a unit from the suggestions (type part of its name to search).</translation>
    </message>
    <message>
        <location filename="../../ui/new_inspection_dialog.py" line="366"/>
        <source>Hãy chọn đơn vị được kiểm tra.</source>
        <translation>Choose the inspected unit.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets.py" line="41"/>
        <source>Đánh dấu để nhập ngày; bỏ đánh dấu nếu chưa có</source>
        <translation>Tick to enter a date; untick if there is none yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="46"/>
        <source>(chưa có)</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>PackageItemModel</name>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="138"/>
        <source>Loại bản ghi</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="138"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="138"/>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="149"/>
        <source>(không có tên)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>PackageLogModel</name>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="83"/>
        <source>Nhập lúc</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="83"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="83"/>
        <source>Máy gửi</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="83"/>
        <source>Gói tạo lúc</source>
        <translation>Package created at</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="84"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="84"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="84"/>
        <source>Gộp</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="84"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="85"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="145"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="145"/>
        <source>Máy gửi</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="145"/>
        <source>Tin cậy</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="145"/>
        <source>Tạo lúc</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="146"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="146"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="146"/>
        <source>Gộp</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="146"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="147"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="147"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="150"/>
        <source>Bản ghi chưa có ở đây, sẽ được thêm</source>
        <translation>Records not here yet, to be added</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="151"/>
        <source>Bản ghi có ở đây, gói mang phiên bản mới hơn</source>
        <translation>Records already here, the package brings a newer version</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="152"/>
        <source>Hai máy cùng sửa một bản ghi nhưng ở các trường khác nhau: gộp tự động</source>
        <translation>Two computers changed different fields of one record: merged automatically</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="154"/>
        <source>Bản ghi đã có, không có gì mới</source>
        <translation>Records already here, nothing new</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="155"/>
        <source>Hai máy cùng sửa một trường: cần người xem và chọn (Dữ liệu ▸ Xung đột cần xử lý)</source>
        <translation>Two computers changed the same field: a person must look and choose (Data ▸ Conflicts to resolve)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="175"/>
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="217"/>
        <source>sẽ tin cậy khi nhập</source>
        <translation>trusted on import</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="222"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="224"/>
        <source>Chưa kiểm tra (đã hủy). Thêm lại tệp để kiểm tra.</source>
        <translation>Not checked (cancelled). Add the file again to check it.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="226"/>
        <source>Đã hủy khi đang nhập: dữ liệu của gói này giữ nguyên như trước.</source>
        <translation>Cancelled while importing: nothing from this package was written.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="228"/>
        <source>Chưa nhập (đã hủy trước khi đến gói này).</source>
        <translation>Not imported (cancelled before this package).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="234"/>
        <source>Đã nhập; %1 xung đột cần xử lý.</source>
        <translation>Imported; %1 conflict(s) to resolve.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="236"/>
        <source>Đã nhập.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="240"/>
        <source>Hợp lệ. Máy gửi chưa được tin cậy: đối chiếu dấu vân tay rồi bấm “Tin cậy máy này…”.</source>
        <translation>Valid. The sending computer is not trusted yet: compare the fingerprint, then click “Trust this computer…”.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="242"/>
        <source>Hợp lệ, sẵn sàng nhập.</source>
        <translation>Valid, ready to import.</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <location filename="../../ui/person_picker.py" line="41"/>
        <source>Thêm thành viên đoàn kiểm tra</source>
        <translation>Add an inspection team member</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="48"/>
        <source>Tìm theo tên, chức vụ, cơ quan (gõ có dấu hoặc không dấu)…</source>
        <translation>Search by name, position or agency (with or without diacritics)…</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="64"/>
        <source>Ví dụ: Nguyễn Thị Hoa</source>
        <translation>E.g. Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="65"/>
        <source>Ví dụ: Phó Chánh Văn phòng</source>
        <translation>E.g. Phó Chánh Văn phòng</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="68"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="69"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="70"/>
        <source>Cơ quan:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="73"/>
        <source>Chọn người đã có</source>
        <translation>Existing person</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="74"/>
        <source>Người mới</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="81"/>
        <source>Vai trò trong đoàn:</source>
        <translation>Role in the team:</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="86"/>
        <source>Thêm vào đoàn</source>
        <translation>Add to team</translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.py" line="116"/>
        <source>Hãy chọn một người trong danh sách, hoặc chuyển sang thẻ “Người mới” để nhập người chưa có.</source>
        <translation>Select a person in the list, or switch to the “New person” tab to enter someone who is not listed yet.</translation>
    </message>
</context>
<context>
    <name>PhotoGalleryTab</name>
    <message>
        <location filename="../../ui/photo_gallery.py" line="82"/>
        <source>Thêm ảnh…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="84"/>
        <source>Thêm cả thư mục…</source>
        <translation>Add a whole folder…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="85"/>
        <source>Ví dụ thư mục DCIM của điện thoại: mọi ảnh trong đó và các thư mục con đều được nhập.</source>
        <translation>For example a phone&apos;s DCIM folder: every photo in it and its subfolders is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="100"/>
        <source>Còn thiếu</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="128"/>
        <source>Ảnh (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="134"/>
        <source>Ảnh minh chứng: %1 ảnh</source>
        <translation>Evidence photos: %1</translation>
    </message>
    <message>
        <source>⚠ %1 ảnh có cảnh báo (di chuột lên ảnh để xem).</source>
        <translation type="vanished">⚠ Photos with warnings: %1 (hover over a photo to see).</translation>
    </message>
    <message>
        <source>Kéo thả ảnh hoặc cả thư mục vào nhóm của một mục để gắn vào mục đó; thả vào chỗ trống, bấm “Thêm ảnh…” hoặc dán (Ctrl+V) để thêm ảnh chưa gắn mục. Bấm đúp vào ảnh để xem cỡ lớn.</source>
        <translation type="vanished">Drop photos or a whole folder on an item&apos;s group to attach them to that item; drop them on an empty area, click “Add photos…” or paste (Ctrl+V) to add photos without an item. Double-click a photo to view it large.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="139"/>
        <source>Cuộc kiểm tra đã hoàn tất: chỉ xem ảnh, không thêm hay sửa.</source>
        <translation>The inspection is finalised: photos can be viewed, not added or changed.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="155"/>
        <source>Đã trả lời tất cả các mục và đủ ảnh minh chứng.</source>
        <translation>Every item is answered and has its evidence photos.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="162"/>
        <source>Thiếu ảnh minh chứng (%1 mục):</source>
        <translation>Evidence photos missing (items: %1):</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="168"/>
        <source>Chưa trả lời (%1 mục):</source>
        <translation>Not answered (items: %1):</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="172"/>
        <source>Bấm vào mã mục để mở mục đó trong phiếu kiểm tra.</source>
        <translation>Click an item code to open that item in the checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="195"/>
        <source>Cuộc kiểm tra chưa có ảnh nào.</source>
        <translation>This inspection has no photos yet.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="196"/>
        <source>Chưa có ảnh nào. Kéo thả ảnh hoặc thư mục ảnh vào đây.</source>
        <translation>No photos yet. Drop photos or a photo folder here.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="214"/>
        <source>Ảnh chưa gắn mục</source>
        <translation>Photos without an item</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="135"/>
        <source>⚠ %1 ảnh có cảnh báo: di chuột lên ảnh hoặc mở ảnh để xem lý do.</source>
        <translation>⚠ Photos with warnings: %1. Hover over a photo or open it to see why.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_gallery.py" line="142"/>
        <source>Thả ảnh hoặc thư mục vào nhóm của một mục để gắn vào mục đó, vào chỗ trống để thêm ảnh chưa gắn mục; có thể dán bằng Ctrl+V. Bấm đúp vào ảnh để xem cỡ lớn.</source>
        <translation>Drop photos or a folder on an item&apos;s group to attach them to that item, or on an empty area to add them without an item; you can also paste with Ctrl+V. Double-click a photo to view it large.</translation>
    </message>
</context>
<context>
    <name>PhotoHub</name>
    <message>
        <location filename="../../ui/photo_actions.py" line="198"/>
        <source>Chọn ảnh để thêm</source>
        <translation>Choose photos to add</translation>
    </message>
    <message>
        <location filename="../../ui/photo_actions.py" line="205"/>
        <source>Chọn thư mục ảnh (ví dụ thư mục DCIM của điện thoại)</source>
        <translation>Choose a photo folder (for example a phone&apos;s DCIM folder)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_actions.py" line="223"/>
        <source>Không lưu được ảnh vừa dán để nhập.</source>
        <translation>The pasted image could not be saved for import.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_actions.py" line="246"/>
        <source>Đang nhập ảnh…</source>
        <translation>Importing photos…</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../ui/photo_strip.py" line="72"/>
        <source>không rõ giờ chụp</source>
        <translation>time taken unknown</translation>
    </message>
</context>
<context>
    <name>PhotoReportDialog</name>
    <message>
        <location filename="../../ui/photo_report.py" line="84"/>
        <source>Kết quả nhập ảnh</source>
        <translation>Photo import results</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="105"/>
        <source>Chép danh sách</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="106"/>
        <source>Chép danh sách để dán vào Excel hoặc thư điện tử</source>
        <translation>Copy the list to paste it into Excel or an e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="109"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="127"/>
        <source>Đã nhập %1 ảnh</source>
        <translation>Photos imported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="129"/>
        <source>%1 ảnh đã có sẵn</source>
        <translation>already there: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="131"/>
        <source>bỏ qua %1 tệp</source>
        <translation>files skipped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="138"/>
        <source>Đã dừng theo yêu cầu: những ảnh đã nhập vẫn được giữ, các tệp còn lại chưa được xử lý.</source>
        <translation>Stopped as requested: the photos imported so far are kept; the remaining files were not processed.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="142"/>
        <source>%1 ảnh có cảnh báo (⚠) cần người duyệt xem lại.</source>
        <translation>Photos with a warning (⚠) for a reviewer to check: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="145"/>
        <source>Ảnh “đã có sẵn” có cùng nội dung với ảnh đã nhập trước đó nên không nhập lại.</source>
        <translation>Photos “already there” have the same content as a photo imported earlier, so they were not imported again.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="148"/>
        <source>Các tệp bị bỏ qua chưa được nhập; phần còn lại vẫn được nhập bình thường.</source>
        <translation>The skipped files were not imported; the rest were imported as usual.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="151"/>
        <source>Tất cả ảnh đã được nhập, không có cảnh báo.</source>
        <translation>All photos were imported, with no warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="156"/>
        <source>Đã chép %1 dòng.</source>
        <translation>Rows copied: %1.</translation>
    </message>
</context>
<context>
    <name>PhotoReportTableModel</name>
    <message>
        <location filename="../../ui/photo_report.py" line="44"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="44"/>
        <source>Đã có sẵn</source>
        <translation>Already there</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="45"/>
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="56"/>
        <location filename="../../ui/photo_report.py" line="74"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="56"/>
        <location filename="../../ui/photo_report.py" line="74"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/photo_report.py" line="56"/>
        <location filename="../../ui/photo_report.py" line="74"/>
        <source>Lý do, cảnh báo</source>
        <translation>Reason, warning</translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <location filename="../../ui/photo_viewer.py" line="160"/>
        <source>Xem ảnh</source>
        <translation>View photo</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="171"/>
        <source>‹ Ảnh trước</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="172"/>
        <source>Ảnh sau ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="175"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="176"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="177"/>
        <source>Vừa khung</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="178"/>
        <source>Cỡ thật</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="196"/>
        <source>Lăn chuột để phóng to, thu nhỏ; kéo để di chuyển ảnh.</source>
        <translation>Scroll to zoom in or out; drag to move the photo.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="211"/>
        <source>Mục:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="212"/>
        <source>Tệp gốc:</source>
        <translation>Original file:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="213"/>
        <source>Chụp lúc:</source>
        <translation>Taken at:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="214"/>
        <source>Máy ảnh:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="215"/>
        <source>Vị trí GPS:</source>
        <translation>GPS location:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="216"/>
        <source>Kích thước:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="221"/>
        <source>ví dụ: Bảng niêm yết tại Bộ phận Một cửa</source>
        <translation>e.g. Notice board at the one-stop shop</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="224"/>
        <source>Xoay phải</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="225"/>
        <source>Xoay ảnh 90° theo chiều kim đồng hồ</source>
        <translation>Rotate the photo 90° clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="227"/>
        <source>Chuyển sang mục…</source>
        <translation>Move to item…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="229"/>
        <source>Gỡ khỏi cuộc kiểm tra…</source>
        <translation>Remove from inspection…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="235"/>
        <source>Chú thích (lưu ngay khi gõ):</source>
        <translation>Caption (saved as you type):</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="241"/>
        <source>Cuộc kiểm tra đã hoàn tất: chỉ xem, không sửa được ảnh.</source>
        <translation>The inspection is finalised: photos can be viewed but not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="251"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="291"/>
        <source>(không gắn mục)</source>
        <translation>(no item)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="294"/>
        <source>không rõ (ảnh không có EXIF)</source>
        <translation>unknown (no EXIF data)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="299"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="309"/>
        <source>Xem ảnh – %1</source>
        <translation>View photo – %1</translation>
    </message>
</context>
<context>
    <name>ProposalBox</name>
    <message>
        <location filename="../../ui/item_panel.py" line="83"/>
        <source>Đề xuất từ mục không đạt (sửa trực tiếp hoặc bỏ)</source>
        <translation>Proposed by the failed item (edit it here, or drop it)</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="91"/>
        <source>Tồn tại, hạn chế:</source>
        <translation>Shortcoming:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="92"/>
        <source>Kiến nghị:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="93"/>
        <source>Trách nhiệm thực hiện:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="94"/>
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="96"/>
        <source>Bỏ đề xuất</source>
        <translation>Drop proposal</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="97"/>
        <source>Đề xuất tồn tại và kiến nghị</source>
        <translation>Propose a shortcoming and request</translation>
    </message>
</context>
<context>
    <name>RecordOriginDialog</name>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="353"/>
        <location filename="../../ui/merge_history_dialog.py" line="381"/>
        <source>Nguồn gốc bản ghi</source>
        <translation>Record origin</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="358"/>
        <source>Mọi phiên bản của bản ghi này mà tệp dữ liệu đã thấy, cũ nhất ở trên: máy nào sửa, lúc nào, và gói nào mang đến. Chọn một phiên bản để xem nội dung của nó.</source>
        <translation>Every version of this record this data file has seen, oldest first: which computer changed it, when, and which package brought it. Select a version to see its contents.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/records_tabs.py" line="223"/>
        <location filename="../../ui/records_tabs.py" line="242"/>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="224"/>
        <location filename="../../ui/records_tabs.py" line="266"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="225"/>
        <source>Bằng chứng, ghi chú</source>
        <translation>Evidence, notes</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="243"/>
        <source>Nội dung kiến nghị</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="244"/>
        <source>Trách nhiệm thực hiện</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="246"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="247"/>
        <source>Hạn báo cáo</source>
        <translation>Report due</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="248"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="264"/>
        <source>Thời điểm</source>
        <translation>Written at</translation>
    </message>
</context>
<context>
    <name>RecordVersionModel</name>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="282"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="282"/>
        <source>Máy</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="282"/>
        <source>Gói mang đến</source>
        <translation>Brought by package</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="283"/>
        <source>Thay đổi so với phiên bản trước</source>
        <translation>Changed from the previous version</translation>
    </message>
    <message>
        <location filename="../../ui/merge_history_dialog.py" line="299"/>
        <source>(phiên bản đầu tiên)</source>
        <translation>(first version)</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../ui/records_tabs.py" line="170"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="171"/>
        <source>Xóa dòng đã chọn</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="188"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="203"/>
        <location filename="../../ui/records_tabs.py" line="204"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_tabs.py" line="203"/>
        <source>Xóa %n dòng đã chọn?</source>
        <translation>
            <numerusform>Delete the selected row?</numerusform>
            <numerusform>Delete the %n selected rows?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="220"/>
        <source>Tồn tại, hạn chế</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="221"/>
        <source>mục không đạt tự đề xuất; sửa trực tiếp trong bảng.</source>
        <translation>failed items propose them automatically; edit them directly in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="232"/>
        <source>Nội dung tồn tại, hạn chế:</source>
        <translation>Shortcoming:</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="239"/>
        <source>Kiến nghị</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="240"/>
        <source>trách nhiệm, thời hạn và trạng thái khắc phục của từng kiến nghị.</source>
        <translation>who is responsible, the deadline and the remedy status of each request.</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="255"/>
        <source>Nội dung kiến nghị:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="262"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="263"/>
        <source>ghi chép tự do của đoàn trong buổi kiểm tra.</source>
        <translation>the team&apos;s own notes taken during the inspection.</translation>
    </message>
    <message>
        <location filename="../../ui/records_tabs.py" line="272"/>
        <source>Nội dung ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>RowIssueTableModel</name>
    <message>
        <location filename="../../ui/import_report.py" line="50"/>
        <source>Dòng</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="50"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/sign_dialog.py" line="59"/>
        <source>Ký số biên bản</source>
        <translation>Sign the minutes digitally</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="69"/>
        <source>Biên bản số %1, phiên bản %2. Chữ ký số được thêm vào bản đã ban hành thành phiên bản %3; các phiên bản trước vẫn được giữ nguyên.</source>
        <translation>Minutes no. %1, version %2. The digital signature is added to the issued document as version %3; earlier versions are kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="76"/>
        <source>Tệp chứng thư số (.p12/.pfx)</source>
        <translation>Certificate file (.p12/.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="77"/>
        <source>Thiết bị ký số (USB token)</source>
        <translation>Signing device (USB token)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="85"/>
        <source>Chọn tệp .p12 hoặc .pfx</source>
        <translation>Choose a .p12 or .pfx file</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="86"/>
        <location filename="../../ui/sign_dialog.py" line="108"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="90"/>
        <location filename="../../ui/sign_dialog.py" line="120"/>
        <source>Nhập mỗi lần ký, không được lưu lại</source>
        <translation>Entered for each signature, never stored</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="94"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="95"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="102"/>
        <source>Thư viện PKCS#11 (.dll/.so) do phần mềm của USB token cài</source>
        <translation>PKCS#11 library (.dll/.so) installed by the USB token&apos;s software</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="110"/>
        <source>Đọc thiết bị</source>
        <translation>Read device</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="111"/>
        <source>Tìm các thiết bị đang cắm và khóa ký số trên đó (chưa cần mã PIN).</source>
        <translation>Find the plugged-in devices and the signing keys on them (no PIN needed yet).</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="116"/>
        <source>Bấm “Đọc thiết bị” để chọn khóa</source>
        <translation>Press “Read device” to choose a key</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="121"/>
        <source>Số lần thử mã PIN còn lại: bấm “Đọc thiết bị” để xem thiết bị báo gì.</source>
        <translation>PIN tries left: press “Read device” to see what the device reports.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="127"/>
        <source>Thư viện:</source>
        <translation>Library:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="129"/>
        <source>Khóa ký số:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="130"/>
        <source>Mã PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="139"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="172"/>
        <source>Thiết bị không báo số lần thử mã PIN còn lại; thiết bị sẽ tự khóa sau một số lần nhập sai.</source>
        <translation>The device does not report how many PIN tries are left; it locks itself after a number of wrong PINs.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="174"/>
        <source>Thiết bị báo đã có lần nhập sai mã PIN: còn ít lần thử trước khi bị khóa.</source>
        <translation>The device reports a wrong PIN was entered: few tries are left before it locks.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="176"/>
        <source>Thiết bị báo chỉ còn 1 lần thử: nhập sai lần nữa mã PIN sẽ bị khóa.</source>
        <translation>The device reports only 1 try left: one more wrong PIN locks it.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="178"/>
        <source>Thiết bị báo mã PIN đã bị khóa; hãy liên hệ tổ chức cấp chứng thư số để mở khóa.</source>
        <translation>The device reports the PIN is locked; ask the certificate authority to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="188"/>
        <source>Chọn tệp chứng thư số</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="189"/>
        <source>Tệp chứng thư số (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="195"/>
        <source>Chọn thư viện PKCS#11 của thiết bị ký số</source>
        <translation>Choose the signing device&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="196"/>
        <source>Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)</source>
        <translation>PKCS#11 libraries (*.dll *.so *.dylib);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="207"/>
        <source>Đang đọc thiết bị ký số…</source>
        <translation>Reading the signing device…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="218"/>
        <source>%1 — mã %2, nhãn “%3”</source>
        <translation>%1 — id %2, label “%3”</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="221"/>
        <source> (thiết bị %1)</source>
        <translation> (device %1)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="223"/>
        <source> — ĐÃ HẾT HẠN</source>
        <translation> — EXPIRED</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="226"/>
        <source>Không thấy thiết bị ký số nào; hãy cắm USB token rồi bấm “Đọc thiết bị”.</source>
        <translation>No signing device found; plug in the USB token and press “Read device”.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="229"/>
        <source>Thiết bị không cho đọc chứng thư số nào trước khi nhập mã PIN, nên không chọn được khóa ký số.</source>
        <translation>The device shows no certificate before the PIN is entered, so no signing key can be chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="246"/>
        <source>Hãy chọn tệp chứng thư số (.p12 hoặc .pfx).</source>
        <translation>Choose the certificate file (.p12 or .pfx).</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="249"/>
        <source>Hãy nhập mật khẩu của tệp chứng thư số.</source>
        <translation>Enter the certificate file&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="256"/>
        <source>Hãy bấm “Đọc thiết bị” rồi chọn khóa ký số.</source>
        <translation>Press “Read device”, then choose a signing key.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="259"/>
        <source>Hãy nhập mã PIN của thiết bị ký số.</source>
        <translation>Enter the signing device&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="281"/>
        <source>Đang ký số biên bản…</source>
        <translation>Signing the minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="287"/>
        <source>Đã ký số biên bản số %1: phiên bản %2. Người ký: %3.</source>
        <translation>Minutes no. %1 signed digitally: version %2. Signer: %3.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="345"/>
        <source>Ký biên bản</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="360"/>
        <source>Người ký thay mặt đơn vị</source>
        <translation>Person signing on behalf of the unit</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="363"/>
        <source>Ký bằng chuột, bút hoặc ngón tay trong khung dưới đây. Ctrl+Z xóa nét vừa ký.</source>
        <translation>Sign with the mouse, a pen or a finger in the box below. Ctrl+Z removes the last stroke.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="368"/>
        <source>Ký lại</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="372"/>
        <source>Xác nhận chữ ký</source>
        <translation>Confirm signature</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="131"/>
        <source>Khung ký tên</source>
        <translation>Signature box</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="132"/>
        <source>Ký bằng chuột, bút hoặc ngón tay. Ctrl+Z xóa nét vừa ký.</source>
        <translation>Sign with the mouse, a pen or a finger. Ctrl+Z removes the last stroke.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="295"/>
        <source>Ký tên vào đây</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="63"/>
        <source>TRƯỞNG ĐOÀN KIỂM TRA</source>
        <translation>HEAD OF THE INSPECTION TEAM</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="64"/>
        <source>THƯ KÝ</source>
        <translation>SECRETARY</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="65"/>
        <source>ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA</source>
        <translation>REPRESENTATIVE OF THE INSPECTED UNIT</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="469"/>
        <source>Mỗi người ký vào khung trên màn hình (chuột, bút hoặc cảm ứng); chữ ký được đặt vào phần ký của biên bản, phía trên họ tên.</source>
        <translation>Each person signs in a box on the screen (mouse, pen or touch); the signature is placed in the signature block of the minutes, above the name.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="474"/>
        <source>Biên bản đã hoàn tất: chữ ký chỉ được xem, không thể thay đổi.</source>
        <translation>The minutes are finalised: signatures can be viewed but not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="495"/>
        <source>Chữ ký của các thành phần</source>
        <translation>Signatures of the parties</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="532"/>
        <location filename="../../ui/signature_pad.py" line="551"/>
        <source>Chưa ký</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="533"/>
        <source>Ký lại…</source>
        <translation>Sign again…</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="533"/>
        <source>Ký…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="544"/>
        <source>(chưa có đại diện đơn vị: thêm ở tab Thông tin chung)</source>
        <translation>(no unit representative yet: add one on the General information tab)</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="545"/>
        <source>(chưa có trưởng đoàn: thêm ở tab Thông tin chung)</source>
        <translation>(no team head yet: add one on the General information tab)</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="549"/>
        <source>Đại diện đơn vị không ký biên bản (xem tab Thông tin chung).</source>
        <translation>The unit&apos;s representative does not sign the minutes (see the General information tab).</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="553"/>
        <source>Người ký không còn trong thành phần; hãy ký lại hoặc xóa chữ ký.</source>
        <translation>The signer is no longer listed; sign again or remove the signature.</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="556"/>
        <source>Đã ký lúc %1</source>
        <translation>Signed at %1</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="534"/>
        <location filename="../../ui/signature_pad.py" line="576"/>
        <location filename="../../ui/signature_pad.py" line="579"/>
        <source>Xóa chữ ký</source>
        <translation>Remove signature</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="577"/>
        <source>Xóa chữ ký của %1 — %2?</source>
        <translation>Remove the signature of %1 — %2?</translation>
    </message>
    <message>
        <location filename="../../ui/signature_pad.py" line="580"/>
        <source>Người này sẽ phải ký lại trước khi in biên bản.</source>
        <translation>This person will have to sign again before the minutes are printed.</translation>
    </message>
</context>
<context>
    <name>StaffImportReportDialog</name>
    <message>
        <location filename="../../ui/badge_roster.py" line="69"/>
        <source>Kết quả nhập danh sách</source>
        <translation>List import results</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="72"/>
        <source>Đã thêm {imported} người vào danh sách</source>
        <translation>People added to the list: {imported}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="74"/>
        <source>Không thêm được ai, bỏ qua {skipped} dòng</source>
        <translation>Nobody added; rows skipped: {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="76"/>
        <source>Đã thêm {imported} người, bỏ qua {skipped} dòng</source>
        <translation>People added: {imported}; rows skipped: {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="80"/>
        <source>Tệp “{name}” có {total} dòng dữ liệu.</source>
        <translation>Data rows in “{name}”: {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="83"/>
        <source>Các dòng dưới đây không được thêm; người đã có trong danh sách được bỏ qua.</source>
        <translation>The rows below were not added; people already on the list were skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_roster.py" line="98"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="102"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="102"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns_dialog.py" line="102"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../ui/trust_dialog.py" line="26"/>
        <source>Tin cậy máy gửi gói</source>
        <translation>Trust the sending computer</translation>
    </message>
    <message>
        <location filename="../../ui/trust_dialog.py" line="28"/>
        <source>Gói “%1” đến từ máy “%2”, máy này chưa từng gửi dữ liệu đến đây. Trước khi tin cậy, hãy đối chiếu dấu vân tay dưới đây với dấu vân tay hiện trên máy gửi (trong hộp thoại “Tệp ▸ Xuất gói dữ liệu…” của máy đó), đọc từng nhóm qua điện thoại hoặc đặt hai màn hình cạnh nhau.</source>
        <translation>The package “%1” comes from the computer “%2”, which has never sent data here. Before trusting it, compare the fingerprint below with the one shown on the sending computer (in its “File ▸ Export data package…” dialog), reading each group aloud by phone or with both screens side by side.</translation>
    </message>
    <message>
        <location filename="../../ui/trust_dialog.py" line="45"/>
        <source>Nếu có dù chỉ một ký tự khác, đừng tin cậy: gói có thể không phải do máy đó tạo ra.</source>
        <translation>If even one character differs, do not trust it: the package may not have been made by that computer.</translation>
    </message>
    <message>
        <location filename="../../ui/trust_dialog.py" line="49"/>
        <source>Tôi đã đối chiếu dấu vân tay này với máy gửi và thấy trùng khớp hoàn toàn</source>
        <translation>I compared this fingerprint with the sending computer and it matches exactly</translation>
    </message>
    <message>
        <location filename="../../ui/trust_dialog.py" line="52"/>
        <source>Tin cậy máy này</source>
        <translation>Trust this computer</translation>
    </message>
    <message>
        <location filename="../../ui/trust_dialog.py" line="62"/>
        <source>Máy gửi: %1</source>
        <translation>Sending computer: %1</translation>
    </message>
</context>
<context>
    <name>UnitFormDialog</name>
    <message>
        <location filename="../../ui/units_dialog.py" line="182"/>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="182"/>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="199"/>
        <source>Ví dụ: Ủy ban nhân dân xã Diễn Châu</source>
        <translation>E.g. Ủy ban nhân dân xã Diễn Châu</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="200"/>
        <source>Ví dụ: UBND xã Diễn Châu</source>
        <translation>E.g. UBND xã Diễn Châu</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="203"/>
        <source>Tên đơn vị (*):</source>
        <translation>Unit name (*):</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="204"/>
        <source>Tên viết tắt:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="205"/>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="206"/>
        <source>Đơn vị cấp trên:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="207"/>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="208"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="209"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="210"/>
        <source>Thủ trưởng:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="217"/>
        <source>(*) bắt buộc</source>
        <translation>(*) required</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="222"/>
        <source>Chọn cấp của đơn vị</source>
        <translation>Choose the unit&apos;s level</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="234"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="243"/>
        <source>{name} (thuộc {parent})</source>
        <translation>{name} (under {parent})</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="250"/>
        <source>Gõ vài chữ của tên để tìm</source>
        <translation>Type a few letters of the name to search</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="288"/>
        <source>Không có đơn vị “{name}” trong danh mục. Hãy chọn đơn vị cấp trên trong danh sách, hoặc chọn “(không có)”.</source>
        <translation>There is no unit “{name}” in the catalogue. Choose the parent unit from the list, or choose “(none)”.</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="313"/>
        <source>Chưa lưu được đơn vị</source>
        <translation>The unit was not saved</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/units_dialog.py" line="77"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="77"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="77"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="77"/>
        <source>Thủ trưởng</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="114"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="115"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="115"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../ui/units_dialog.py" line="328"/>
        <source>Danh mục đơn vị</source>
        <translation>Unit catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="333"/>
        <source>Tìm theo tên đơn vị (gõ có dấu hay không dấu)…</source>
        <translation>Search by unit name (with or without diacritics)…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="364"/>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="365"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="366"/>
        <location filename="../../ui/units_dialog.py" line="515"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="367"/>
        <source>Nhập từ tệp CSV/Excel…</source>
        <translation>Import from CSV/Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="369"/>
        <source>Tệp cần có dòng tiêu đề với cột “Tên đơn vị”; có thể có thêm: Tên viết tắt, Cấp, Đơn vị cấp trên, Mã, Địa chỉ, Điện thoại, Thủ trưởng.</source>
        <translation>The file needs a header row with a “Tên đơn vị” (or “Name”) column; it may also have: Tên viết tắt (Short name), Cấp (Level), Đơn vị cấp trên (Parent), Mã (Code), Địa chỉ (Address), Điện thoại (Phone), Thủ trưởng (Head).</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="371"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="460"/>
        <source>Chưa có đơn vị nào</source>
        <translation>No units yet</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="464"/>
        <source>Tìm thấy {found}/{total} đơn vị</source>
        <translation>Units found: {found}/{total}</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="467"/>
        <source>{total} đơn vị</source>
        <translation>Units: {total}</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="513"/>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="514"/>
        <source>Xóa “{name}” khỏi danh mục đơn vị?</source>
        <translation>Delete “{name}” from the unit catalogue?</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="516"/>
        <source>Đơn vị đã xóa không còn hiện trong danh mục và không chọn được khi lập cuộc kiểm tra mới.</source>
        <translation>A deleted unit no longer appears in the catalogue and cannot be chosen for a new inspection.</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="524"/>
        <source>Không xóa được đơn vị</source>
        <translation>Could not delete the unit</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="529"/>
        <source>Chọn tệp danh mục đơn vị</source>
        <translation>Choose a unit catalogue file</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="530"/>
        <source>Bảng tính (*.csv *.xlsx *.txt)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/units_dialog.py" line="540"/>
        <source>Đang nhập danh mục đơn vị…</source>
        <translation>Importing the unit catalogue…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/verify_dialog.py" line="71"/>
        <source>Kết quả kiểm tra tệp biên bản</source>
        <translation>Minutes file check</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="74"/>
        <source>Tệp hợp lệ</source>
        <translation>The file is valid</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="75"/>
        <source>Tệp KHÔNG hợp lệ</source>
        <translation>The file is NOT valid</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="76"/>
        <source>Không xác minh được</source>
        <translation>Cannot be verified</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="90"/>
        <source>Tệp: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="92"/>
        <source>Đối chiếu với tệp dữ liệu đang mở</source>
        <translation>Compared with the open data file</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="98"/>
        <source>Cuộc kiểm tra tại %1, ngày %2</source>
        <translation>Inspection at %1, on %2</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="105"/>
        <source>Chữ ký số</source>
        <translation>Digital signatures</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="119"/>
        <source>Dấu vân tay của tệp (SHA-256)</source>
        <translation>File fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="125"/>
        <source>Sao chép kết quả</source>
        <translation>Copy the result</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="171"/>
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="179"/>
        <source>Chọn tệp biên bản PDF cần kiểm tra</source>
        <translation>Choose the minutes PDF to check</translation>
    </message>
    <message>
        <location filename="../../ui/verify_dialog.py" line="180"/>
        <source>Tệp PDF (*.pdf);;Tất cả các tệp (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>VersionCompareModel</name>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="217"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="219"/>
        <source>Bản gốc chung
(trước khi sửa)</source>
        <translation>Common ancestor
(before the edits)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="221"/>
        <source>Sẽ lưu</source>
        <translation>Will be saved</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="226"/>
        <source>Phiên bản cuối cùng mà các máy cùng có trước khi sửa khác nhau</source>
        <translation>The last version the computers shared before they made different changes</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="227"/>
        <source>Bấm vào một ô của cột này để giữ giá trị đó</source>
        <translation>Click a cell of this column to keep that value</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="243"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../ui/common.py" line="23"/>
        <location filename="../../ui/common.py" line="154"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="24"/>
        <location filename="../../ui/common.py" line="78"/>
        <location filename="../../ui/common.py" line="107"/>
        <location filename="../../ui/common.py" line="155"/>
        <location filename="../../ui/export_dialog.py" line="207"/>
        <location filename="../../ui/finalise_dialog.py" line="52"/>
        <location filename="../../ui/sign_dialog.py" line="142"/>
        <location filename="../../ui/signature_pad.py" line="371"/>
        <location filename="../../ui/tasks.py" line="69"/>
        <location filename="../../ui/trust_dialog.py" line="54"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="25"/>
        <location filename="../../ui/common.py" line="64"/>
        <location filename="../../ui/common.py" line="90"/>
        <location filename="../../ui/conflicts_dialog.py" line="344"/>
        <location filename="../../ui/merge_dialog.py" line="351"/>
        <location filename="../../ui/merge_history_dialog.py" line="208"/>
        <location filename="../../ui/merge_history_dialog.py" line="377"/>
        <location filename="../../ui/sign_dialog.py" line="293"/>
        <location filename="../../ui/verify_dialog.py" line="128"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="26"/>
        <location filename="../../ui/common.py" line="119"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="27"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="28"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="29"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="30"/>
        <source>Bỏ qua</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="53"/>
        <source>Không thực hiện được</source>
        <translation>Action not completed</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="61"/>
        <source>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation>An unexpected error occurred. Data saved earlier is not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="103"/>
        <source>Thư mục:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="104"/>
        <source>Tên tệp:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="105"/>
        <source>Loại tệp:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="113"/>
        <location filename="../../ui/merge_dialog.py" line="408"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="71"/>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="81"/>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Đang lập</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Đang kiểm tra</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Đã hoàn tất</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Trưởng đoàn</source>
        <translation>Team head</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Cấp tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Sở, ban, ngành</source>
        <translation>Department or agency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Cấp huyện (trước 7/2025)</source>
        <translation>District (before 7/2025)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Cấp xã, phường</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Cơ quan, đơn vị khác</source>
        <translation>Other agency or unit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Định kỳ (theo kế hoạch)</source>
        <translation>Scheduled (as planned)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Đột xuất</source>
        <translation>Unannounced</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Đang khắc phục</source>
        <translation>Being remedied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Đã khắc phục</source>
        <translation>Remedied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Không khắc phục</source>
        <translation>Not remedied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Chưa khắc phục</source>
        <translation>Not fixed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Đạt</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Không đạt</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Không áp dụng</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Đ</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>K</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>KAD</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>máy này</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>đã tin cậy</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>máy mới, chưa tin cậy</source>
        <translation>new computer, not trusted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>chưa tin cậy</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>đã thu hồi</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>khóa không khớp</source>
        <translation>key mismatch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Cán bộ</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Đợt kiểm tra</source>
        <translation>Inspection campaign</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Thành viên đoàn</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Mẫu phiếu</source>
        <translation>Checklist template</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Nội dung mẫu phiếu</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Cuộc kiểm tra</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Thành phần tham dự</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Kết quả kiểm tra một nội dung</source>
        <translation>Checklist answer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Đeo thẻ công chức</source>
        <translation>ID badge check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Tồn tại</source>
        <translation>Shortcoming</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Kiến nghị</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Chữ ký</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Biên bản đã ban hành</source>
        <translation>Issued minutes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Kết quả khắc phục lần trước</source>
        <translation>Follow-up of earlier requests</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>cùng một nội dung bị sửa khác nhau</source>
        <translation>the same content changed differently</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>một bên xóa, một bên sửa</source>
        <translation>deleted on one side, changed on the other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>thay đổi một biên bản đã hoàn tất</source>
        <translation>a change to finalised minutes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Thủ trưởng</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Chi tiết</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Người/đơn vị thực hiện</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Nội dung kiểm tra</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Ý kiến của đơn vị</source>
        <translation>Unit&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Số biên bản</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Bằng chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Mã nội dung</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Đeo thẻ</source>
        <translation>Wearing badge</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Đúng giờ</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Bên</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Người ký quyết định</source>
        <translation>Decision signed by</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Từ chối ký</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Lý do từ chối ký</source>
        <translation>Reason for refusing to sign</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Trả lời lúc</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Tên tệp gốc</source>
        <translation>Original file name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Chụp lúc</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Máy ảnh</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Phòng, bộ phận</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Vắng có lý do</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Kết quả theo dõi</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Theo dõi lúc</source>
        <translation>Followed up at</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Ghi lúc</source>
        <translation>Written at</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Ký lúc</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Ban hành lúc</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Ngày khắc phục</source>
        <translation>Fixed on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>cập nhật</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>gộp tự động</source>
        <translation>merged automatically</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>không đổi</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>xung đột</source>
        <translation>conflict</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../ui/merge_format.py" line="95"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/merge_format.py" line="96"/>
        <source>không</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <location filename="../../ui/photo_actions.py" line="35"/>
        <source>Ảnh JPEG, PNG, HEIC</source>
        <translation>JPEG, PNG, HEIC photos</translation>
    </message>
    <message>
        <location filename="../../ui/photo_actions.py" line="36"/>
        <source>Mọi tệp</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/photo_actions.py" line="43"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/photo_actions.py" line="50"/>
        <source>Chọn thư mục</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../ui/photo_actions.py" line="73"/>
        <source>Ảnh dán</source>
        <translation>Pasted image</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="98"/>
        <source>Tệp gốc: %1</source>
        <translation>Original file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="101"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="102"/>
        <source>Chụp lúc: %1</source>
        <translation>Taken at: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="110"/>
        <source>%1/%2 ảnh</source>
        <translation>Photos: %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="112"/>
        <source>%1 ảnh</source>
        <translation>Photos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="139"/>
        <source>Xem ảnh</source>
        <translation>View photo</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="140"/>
        <source>Xoay phải</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <location filename="../../ui/photo_strip.py" line="143"/>
        <source>Gỡ khỏi cuộc kiểm tra…</source>
        <translation>Remove from inspection…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="142"/>
        <location filename="../../ui/photo_viewer.py" line="145"/>
        <source>Gỡ ảnh</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="143"/>
        <source>Gỡ ảnh “%1” khỏi cuộc kiểm tra?</source>
        <translation>Remove the photo “%1” from the inspection?</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="146"/>
        <source>Ảnh sẽ không còn là minh chứng của cuộc kiểm tra này. Bản ghi vẫn được lưu lại để đối chiếu khi cần.</source>
        <translation>The photo will no longer be evidence for this inspection. Its record is kept for reference.</translation>
    </message>
</context>
</TS>
