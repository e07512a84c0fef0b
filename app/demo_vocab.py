"""Vocabulary for the deterministic demo-data generator.

Pure data: names, places, titles and the phrases an inspection team writes. Nothing here is
random; the generator picks from these lists with a seeded RNG. Unit names follow the two-tier
local government of Nghệ An in force since 1 July 2025; ``OLD_DISTRICTS`` keeps a few
pre-2025 districts so that older records can carry a district level. Street addresses are
plausible placeholders, not verified postal addresses.
"""

from typing import Final

PROVINCE: Final = "Tỉnh Nghệ An"
PROVINCE_COMMITTEE: Final = "Ủy ban nhân dân tỉnh Nghệ An"

# Provincial departments and agencies after the reorganisation of 1 March 2025 (14 specialised
# agencies), plus the provincial public-administration service centre and the economic-zone board.
# (full name, short name, address)
DEPARTMENTS: Final[list[tuple[str, str, str]]] = [
    (
        "Văn phòng Ủy ban nhân dân tỉnh Nghệ An",
        "Văn phòng UBND tỉnh",
        "Số 03 đường Trường Thi, Phường Trường Vinh, Nghệ An",
    ),
    ("Sở Nội vụ tỉnh Nghệ An", "Sở Nội vụ", "Số 16 đường Trường Thi, Phường Trường Vinh, Nghệ An"),
    (
        "Sở Tư pháp tỉnh Nghệ An",
        "Sở Tư pháp",
        "Số 15 đường Trường Thi, Phường Trường Vinh, Nghệ An",
    ),
    (
        "Sở Tài chính tỉnh Nghệ An",
        "Sở Tài chính",
        "Số 68 đường Nguyễn Thị Minh Khai, Phường Thành Vinh, Nghệ An",
    ),
    (
        "Sở Xây dựng tỉnh Nghệ An",
        "Sở Xây dựng",
        "Số 01 đường Lê Hồng Phong, Phường Thành Vinh, Nghệ An",
    ),
    ("Sở Y tế tỉnh Nghệ An", "Sở Y tế", "Số 18 đường Trường Thi, Phường Trường Vinh, Nghệ An"),
    (
        "Sở Giáo dục và Đào tạo tỉnh Nghệ An",
        "Sở Giáo dục và Đào tạo",
        "Số 92 đường Lê Hồng Phong, Phường Thành Vinh, Nghệ An",
    ),
    (
        "Sở Nông nghiệp và Môi trường tỉnh Nghệ An",
        "Sở Nông nghiệp và Môi trường",
        "Số 96 đường Nguyễn Thị Minh Khai, Phường Thành Vinh, Nghệ An",
    ),
    (
        "Sở Công Thương tỉnh Nghệ An",
        "Sở Công Thương",
        "Số 52 đường Lê Hồng Phong, Phường Thành Vinh, Nghệ An",
    ),
    (
        "Sở Khoa học và Công nghệ tỉnh Nghệ An",
        "Sở Khoa học và Công nghệ",
        "Số 75 đường Nguyễn Thị Minh Khai, Phường Thành Vinh, Nghệ An",
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Số 24 đường Quang Trung, Phường Thành Vinh, Nghệ An",
    ),
    (
        "Sở Dân tộc và Tôn giáo tỉnh Nghệ An",
        "Sở Dân tộc và Tôn giáo",
        "Số 11 đường Phan Đăng Lưu, Phường Trường Vinh, Nghệ An",
    ),
    (
        "Sở Ngoại vụ tỉnh Nghệ An",
        "Sở Ngoại vụ",
        "Số 12 đường Lê Mao, Phường Thành Vinh, Nghệ An",
    ),
    (
        "Thanh tra tỉnh Nghệ An",
        "Thanh tra tỉnh",
        "Số 35 đường Trường Thi, Phường Trường Vinh, Nghệ An",
    ),
    (
        "Trung tâm Phục vụ hành chính công tỉnh Nghệ An",
        "Trung tâm Phục vụ hành chính công tỉnh",
        "Số 02 đường Phan Đăng Lưu, Phường Trường Vinh, Nghệ An",
    ),
    (
        "Ban Quản lý Khu kinh tế Đông Nam Nghệ An",
        "Ban Quản lý Khu kinh tế Đông Nam",
        "Số 162 đại lộ Lê Nin, Phường Vinh Phú, Nghệ An",
    ),
]

# Commune-level units in force since 1 July 2025 (Nghệ An has 130: 119 xã, 11 phường).
# All 11 phường and a spread of xã from every former district. (name, kind)
COMMUNES: Final[list[tuple[str, str]]] = [
    ("Phường Trường Vinh", "phường"),
    ("Phường Thành Vinh", "phường"),
    ("Phường Vinh Hưng", "phường"),
    ("Phường Vinh Phú", "phường"),
    ("Phường Vinh Lộc", "phường"),
    ("Phường Cửa Lò", "phường"),
    ("Phường Hoàng Mai", "phường"),
    ("Phường Tân Mai", "phường"),
    ("Phường Quỳnh Mai", "phường"),
    ("Phường Thái Hòa", "phường"),
    ("Phường Tây Hiếu", "phường"),
    ("Xã Diễn Châu", "xã"),
    ("Xã Đức Châu", "xã"),
    ("Xã Quảng Châu", "xã"),
    ("Xã Hải Châu", "xã"),
    ("Xã Tân Châu", "xã"),
    ("Xã An Châu", "xã"),
    ("Xã Minh Châu", "xã"),
    ("Xã Hùng Châu", "xã"),
    ("Xã Yên Thành", "xã"),
    ("Xã Quan Thành", "xã"),
    ("Xã Hợp Minh", "xã"),
    ("Xã Vân Du", "xã"),
    ("Xã Quang Đồng", "xã"),
    ("Xã Giai Lạc", "xã"),
    ("Xã Bình Minh", "xã"),
    ("Xã Đông Thành", "xã"),
    ("Xã Đô Lương", "xã"),
    ("Xã Bạch Ngọc", "xã"),
    ("Xã Văn Hiến", "xã"),
    ("Xã Thuần Trung", "xã"),
    ("Xã Lương Sơn", "xã"),
    ("Xã Nghi Lộc", "xã"),
    ("Xã Phúc Lộc", "xã"),
    ("Xã Đông Lộc", "xã"),
    ("Xã Trung Lộc", "xã"),
    ("Xã Thần Lĩnh", "xã"),
    ("Xã Hải Lộc", "xã"),
    ("Xã Văn Kiều", "xã"),
    ("Xã Kim Liên", "xã"),
    ("Xã Vạn An", "xã"),
    ("Xã Nam Đàn", "xã"),
    ("Xã Đại Huệ", "xã"),
    ("Xã Thiên Nhẫn", "xã"),
    ("Xã Hưng Nguyên", "xã"),
    ("Xã Yên Trung", "xã"),
    ("Xã Hưng Nguyên Nam", "xã"),
    ("Xã Lam Thành", "xã"),
    ("Xã Quỳnh Lưu", "xã"),
    ("Xã Quỳnh Văn", "xã"),
    ("Xã Quỳnh Anh", "xã"),
    ("Xã Quỳnh Tam", "xã"),
    ("Xã Quỳnh Phú", "xã"),
    ("Xã Anh Sơn", "xã"),
    ("Xã Yên Xuân", "xã"),
    ("Xã Con Cuông", "xã"),
    ("Xã Tân Kỳ", "xã"),
    ("Xã Nghĩa Đàn", "xã"),
    ("Xã Quỳ Hợp", "xã"),
    ("Xã Quỳ Châu", "xã"),
    ("Xã Quế Phong", "xã"),
    ("Xã Tương Dương", "xã"),
    ("Xã Mường Xén", "xã"),
    ("Xã Đại Đồng", "xã"),
    ("Xã Cát Ngạn", "xã"),
]

# Pre-July-2025 districts with a few of their former communes (as they stood just before the
# 2025 merger), for records that still carry a district level.
OLD_DISTRICTS: Final[list[tuple[str, list[str]]]] = [
    (
        "Thành phố Vinh",
        ["Phường Trường Thi", "Phường Bến Thủy", "Phường Hưng Bình", "Phường Quang Trung"],
    ),
    ("Huyện Diễn Châu", ["Thị trấn Diễn Thành", "Xã Diễn Kỷ", "Xã Diễn Hồng", "Xã Diễn Kim"]),
    ("Huyện Quỳnh Lưu", ["Thị trấn Cầu Giát", "Xã Quỳnh Văn", "Xã Quỳnh Đôi", "Xã Quỳnh Hậu"]),
    (
        "Thị xã Hoàng Mai",
        ["Phường Quỳnh Thiện", "Phường Mai Hùng", "Phường Quỳnh Dị", "Xã Quỳnh Lập"],
    ),
    ("Huyện Nghi Lộc", ["Thị trấn Quán Hành", "Xã Nghi Trung", "Xã Nghi Long", "Xã Nghi Thuận"]),
    ("Huyện Nam Đàn", ["Thị trấn Nam Đàn", "Xã Kim Liên", "Xã Nam Giang", "Xã Xuân Hòa"]),
    ("Huyện Yên Thành", ["Thị trấn Hoa Thành", "Xã Bắc Thành", "Xã Hậu Thành", "Xã Đô Thành"]),
    ("Huyện Đô Lương", ["Thị trấn Đô Lương", "Xã Đà Sơn", "Xã Lạc Sơn", "Xã Thịnh Sơn"]),
]

# (surname, relative weight). Weights roughly follow Nghệ An, where Hồ, Thái and Đậu are more
# common than nationally; Vi, Lô, Lương and Lang are Thái-ethnic surnames of the western districts.
SURNAMES: Final[list[tuple[str, int]]] = [
    ("Nguyễn", 300),
    ("Trần", 100),
    ("Lê", 90),
    ("Hoàng", 45),
    ("Phạm", 40),
    ("Hồ", 40),
    ("Phan", 35),
    ("Võ", 25),
    ("Đặng", 20),
    ("Bùi", 18),
    ("Thái", 15),
    ("Đinh", 15),
    ("Đỗ", 14),
    ("Ngô", 14),
    ("Đậu", 12),
    ("Dương", 10),
    ("Cao", 10),
    ("Hà", 9),
    ("Chu", 8),
    ("Trịnh", 8),
    ("Lương", 7),
    ("Vi", 6),
    ("Lý", 5),
    ("Vương", 5),
    ("Lô", 4),
    ("Lang", 3),
]

MIDDLE_MALE: Final[list[str]] = [
    "Văn",
    "Hữu",
    "Đức",
    "Xuân",
    "Minh",
    "Quang",
    "Đình",
    "Công",
    "Thanh",
    "Trọng",
    "Ngọc",
    "Tiến",
    "Bá",
    "Sỹ",
    "Viết",
    "Hồng",
    "Duy",
    "Anh",
]

MIDDLE_FEMALE: Final[list[str]] = [
    "Thị",
    "Thu",
    "Thanh",
    "Ngọc",
    "Hồng",
    "Minh",
    "Phương",
    "Kim",
    "Hải",
    "Khánh",
    "Diệu",
    "Thùy",
    "Mai",
    "Bích",
]

GIVEN_MALE: Final[list[str]] = [
    "Anh",
    "Bảo",
    "Bình",
    "Chiến",
    "Cường",
    "Dũng",
    "Đạt",
    "Đức",
    "Hải",
    "Hiếu",
    "Hòa",
    "Hoàng",
    "Hùng",
    "Hưng",
    "Huy",
    "Khánh",
    "Kiên",
    "Lâm",
    "Long",
    "Lợi",
    "Minh",
    "Nam",
    "Nghĩa",
    "Phong",
    "Phúc",
    "Quang",
    "Quân",
    "Sơn",
    "Tài",
    "Thành",
    "Thắng",
    "Thịnh",
    "Tiến",
    "Toàn",
    "Trung",
    "Tuấn",
    "Tùng",
    "Việt",
    "Vinh",
]

GIVEN_FEMALE: Final[list[str]] = [
    "An",
    "Anh",
    "Bích",
    "Chi",
    "Dung",
    "Giang",
    "Hà",
    "Hạnh",
    "Hằng",
    "Hiền",
    "Hoa",
    "Hoài",
    "Hồng",
    "Huyền",
    "Hương",
    "Lan",
    "Lệ",
    "Linh",
    "Loan",
    "Mai",
    "Nga",
    "Ngọc",
    "Nhàn",
    "Nhung",
    "Oanh",
    "Phương",
    "Quỳnh",
    "Tâm",
    "Thảo",
    "Thu",
    "Thủy",
    "Trang",
    "Vân",
    "Yến",
]

# Titles of members of provincial inspection teams.
INSPECTOR_TITLES: Final[list[str]] = [
    "Phó Chủ tịch UBND tỉnh",
    "Giám đốc Sở Nội vụ",
    "Phó Giám đốc Sở Nội vụ",
    "Trưởng phòng Cải cách hành chính, Sở Nội vụ",
    "Phó Trưởng phòng Cải cách hành chính, Sở Nội vụ",
    "Chuyên viên Phòng Cải cách hành chính, Sở Nội vụ",
    "Chuyên viên Phòng Công chức, viên chức, Sở Nội vụ",
    "Chánh Văn phòng Sở Nội vụ",
    "Phó Chánh Văn phòng UBND tỉnh",
    "Trưởng phòng Kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh",
    "Chuyên viên Phòng Kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh",
    "Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh",
    "Phó Chánh Thanh tra tỉnh",
    "Thanh tra viên chính, Thanh tra tỉnh",
    "Thanh tra viên, Thanh tra tỉnh",
    "Chuyên viên Sở Tư pháp",
    "Chuyên viên Sở Khoa học và Công nghệ",
]

# Titles of the inspected unit's representatives at the inspection (commune and department).
UNIT_REP_TITLES: Final[list[str]] = [
    "Chủ tịch UBND xã",
    "Phó Chủ tịch UBND xã",
    "Chủ tịch UBND phường",
    "Phó Chủ tịch UBND phường",
    "Chánh Văn phòng HĐND và UBND xã",
    "Giám đốc Trung tâm Phục vụ hành chính công xã",
    "Công chức Văn phòng - Thống kê",
    "Trưởng Bộ phận Một cửa",
    "Giám đốc Sở",
    "Phó Giám đốc Sở",
    "Chánh Văn phòng Sở",
    "Phó Chánh Văn phòng Sở",
]

# Titles of commune staff on the attendance and badge rosters. The first group are the commune
# civil-servant posts of the pre-2025 structure; the second group are posts in the commune
# offices and centres set up on 1 July 2025.
STAFF_TITLES: Final[list[str]] = [
    "Công chức Văn phòng - Thống kê",
    "Công chức Tư pháp - Hộ tịch",
    "Công chức Địa chính - Xây dựng",
    "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường",
    "Công chức Tài chính - Kế toán",
    "Công chức Văn hóa - Xã hội",
    "Chỉ huy trưởng Ban Chỉ huy Quân sự",
    "Chuyên viên Văn phòng HĐND và UBND",
    "Chuyên viên Phòng Kinh tế",
    "Chuyên viên Phòng Văn hóa - Xã hội",
    "Viên chức Trung tâm Phục vụ hành chính công",
    "Văn thư",
    "Kế toán",
    "Nhân viên hợp đồng",
]

# Titles of department staff on the attendance and badge rosters.
DEPARTMENT_STAFF_TITLES: Final[list[str]] = [
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Chuyên viên chính",
    "Chuyên viên",
    "Cán sự",
    "Văn thư",
    "Kế toán",
    "Nhân viên hợp đồng",
]

# (campaign name, issuer of the decision establishing the team, "scheduled" | "surprise")
CAMPAIGNS: Final[list[tuple[str, str, str]]] = [
    (
        "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính năm 2022",
        "UBND tỉnh",
        "scheduled",
    ),
    (
        "Kiểm tra công tác cải cách hành chính và kỷ luật, kỷ cương hành chính năm 2025",
        "UBND tỉnh",
        "scheduled",
    ),
    (
        "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính dịp sau Tết Nguyên đán "
        "Bính Ngọ năm 2026",
        "UBND tỉnh",
        "surprise",
    ),
    ("Kiểm tra công vụ quý I năm 2026", "Sở Nội vụ", "scheduled"),
    (
        "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông tại các xã, phường năm 2026",
        "UBND tỉnh",
        "scheduled",
    ),
    (
        "Kiểm tra đột xuất việc chấp hành thời gian làm việc, văn hóa công sở quý II năm 2026",
        "Sở Nội vụ",
        "surprise",
    ),
]

# Notes an inspector writes when an item fails (or, for B4/B5, when its warning applies).
FAIL_NOTES: Final[dict[str, list[str]]] = {
    "B1": [
        "Đơn vị chưa ban hành văn bản phân công nhiệm vụ; lãnh đạo cho biết chỉ phân công bằng "
        "miệng tại giao ban.",
        "Quyết định phân công nhiệm vụ ban hành năm 2023, chưa điều chỉnh sau khi có 03 công "
        "chức mới tiếp nhận.",
        "Văn bản chỉ phân công theo bộ phận, chưa phân công đến từng cá nhân.",
    ],
    "B2": [
        "Lịch công tác tuần chỉ liệt kê các cuộc họp, không có nhiệm vụ trọng tâm.",
        "Chưa có chương trình công tác tháng này; lịch tuần chưa đăng trên hệ thống.",
        "Có chương trình công tác tháng nhưng không đánh giá kết quả thực hiện của tháng trước.",
    ],
    "B3": [
        "Chưa có thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND.",
        "Có lịch tiếp công dân nhưng chỉ lưu trong hồ sơ, không niêm yết tại trụ sở.",
        "Bảng niêm yết lịch tiếp công dân vẫn ghi tên lãnh đạo cũ.",
    ],
    "B4": [
        "Sổ tiếp công dân tháng trước chỉ ghi nhận 02 buổi Chủ tịch trực tiếp tiếp.",
        "03 buổi tiếp do Phó Chủ tịch tiếp thay, không có văn bản ủy quyền.",
        "Không có biên bản, sổ ghi chép các buổi tiếp công dân định kỳ.",
    ],
    "B5": [
        "Chỉ có thông báo kết luận phiên họp tháng gần nhất; 02 tháng trước chưa ban hành.",
        "Tháng trước UBND không tổ chức họp thường kỳ do trùng lịch công tác.",
        "Có biên bản họp nhưng chưa ban hành thông báo kết luận.",
    ],
    "B6": [
        "Quy chế làm việc chưa sửa đổi sau ngày 01/7/2025, còn quy định về UBND huyện.",
        "Quy chế chưa quy định việc tiếp công dân định kỳ của Chủ tịch UBND.",
        "Quy chế chưa có nội dung về quản lý, ban hành văn bản điện tử.",
    ],
    "B7": [
        "Quy chế chi tiêu nội bộ còn căn cứ vào văn bản đã hết hiệu lực.",
        "Chưa ban hành quy chế văn hóa công sở của đơn vị.",
        "Nội quy cơ quan chưa điều chỉnh sau khi sắp xếp lại các phòng.",
    ],
    "B8": [
        "Từ đầu năm chưa tổ chức cuộc kiểm tra nào đối với các bộ phận trực thuộc.",
        "Có kế hoạch kiểm tra nhưng chưa triển khai thực hiện.",
        "Đã kiểm tra 01 cuộc nhưng không ban hành kết luận, không theo dõi khắc phục.",
    ],
    "C1": [
        "Bảng niêm yết thời gian làm việc bị che khuất sau tủ hồ sơ.",
        "Chưa niêm yết; cán bộ cho biết đang in lại bảng mới.",
        "Bảng niêm yết còn ghi giờ làm việc mùa hè, chưa điều chỉnh theo giờ hiện hành.",
    ],
    "C2": [
        "Không niêm yết số điện thoại đường dây nóng về cải cách hành chính.",
        "Số đường dây nóng niêm yết là số cũ, gọi thử không liên lạc được.",
        "Số đường dây nóng in cỡ chữ quá nhỏ, đặt ở vị trí khó quan sát.",
    ],
    "C3": [
        "Chưa niêm yết địa chỉ, số điện thoại tiếp nhận phản ánh, kiến nghị.",
        "Bảng niêm yết còn ghi địa chỉ tiếp nhận của UBND huyện cũ.",
        "Niêm yết thiếu địa chỉ thư điện tử tiếp nhận phản ánh, kiến nghị.",
    ],
    "C4": [
        "Danh mục niêm yết chưa cập nhật theo quyết định công bố mới nhất của Chủ tịch UBND tỉnh.",
        "Còn niêm yết một số thủ tục đã bị bãi bỏ; thiếu thủ tục lĩnh vực hộ tịch.",
        "Niêm yết danh mục nhưng không có mức phí, lệ phí.",
        "Màn hình tra cứu thủ tục hành chính bị hỏng, không có bản giấy thay thế.",
    ],
    "C5": [
        "Có hồ sơ đất đai quá hạn nhưng không có phiếu xin lỗi.",
        "Phiếu xin lỗi được lập nhưng chưa gửi cho công dân.",
        "Sổ theo dõi không thể hiện ngày hẹn lại trả kết quả đối với hồ sơ quá hạn.",
    ],
    "C6": [
        "Công chức tiếp nhận yêu cầu công dân bổ sung bản sao giấy tờ ngoài quy định.",
        "Quầy lĩnh vực tư pháp không có người trong giờ làm việc, công dân phải chờ lâu.",
        "Công dân phản ánh được hướng dẫn bổ sung hồ sơ nhiều lần.",
    ],
    "D2": [
        "03 công chức không đeo thẻ; 01 người để thẻ trong ngăn bàn.",
        "Công chức mới tiếp nhận chưa được cấp thẻ theo tên đơn vị mới.",
        "Một số người đeo thẻ cũ ghi tên cơ quan trước khi sắp xếp.",
    ],
    "D3": [
        "01 người mặc quần soóc, đi dép lê trong giờ làm việc.",
        "Một số người mặc áo phông không cổ khi tiếp công dân.",
    ],
    "D4": [
        "Phát hiện chai rượu và cốc đã sử dụng tại phòng làm việc lúc 13 giờ 45 phút.",
        "01 công chức có biểu hiện đã sử dụng rượu, bia sau giờ nghỉ trưa; đã lập biên bản có "
        "người chứng kiến.",
        "Có liên hoan sử dụng bia tại nhà ăn cơ quan trong giờ nghỉ trưa.",
    ],
    "D5": [
        "01 công chức đang chơi trò chơi điện tử trên máy tính cơ quan.",
        "02 công chức vắng khỏi vị trí, không báo cáo lãnh đạo.",
        "Có người bán hàng trực tuyến trong giờ làm việc.",
    ],
    "D6": [
        "Phòng làm việc có gạt tàn chứa nhiều đầu lọc thuốc lá.",
        "Phát hiện 01 người hút thuốc lá trong phòng họp.",
        "Không có biển cấm hút thuốc lá tại phòng làm việc, hành lang.",
    ],
    "D7": [
        "Biển tên trụ sở vẫn ghi tên UBND xã cũ trước sắp xếp.",
        "Nhiều phòng làm việc chưa có biển tên, chức danh.",
        "Biển tên cơ quan bị bong tróc, mờ chữ.",
    ],
    "E1": [
        "Tháng trước còn 12 văn bản phát hành bản giấy, không ký số.",
        "Văn bản phát hành là bản chụp văn bản giấy, không có chữ ký số của cơ quan.",
        "Lãnh đạo chưa ký số do chứng thư số hết hạn.",
    ],
    "E3": [
        "Lãnh đạo chủ yếu bút phê trên bản giấy, văn thư nhập ý kiến lên hệ thống.",
        "Phó Chủ tịch chưa sử dụng tài khoản trên hệ thống trong tháng.",
        "Nhiều văn bản đến không có ý kiến giao việc, thời hạn xử lý trên hệ thống.",
    ],
    "E4": [
        "02 công chức thuộc diện ký số chưa được cấp chứng thư số.",
        "Chứng thư số của Chủ tịch UBND đã hết hạn, chưa đề nghị gia hạn.",
        "Văn thư chưa được cấp chứng thư số của cơ quan.",
    ],
    "F0": [
        "Đơn vị chưa gửi báo cáo khắc phục sau lần kiểm tra trước.",
        "Báo cáo khắc phục gửi chậm 20 ngày so với thời hạn yêu cầu.",
        "Báo cáo chỉ nêu chung chung, không nêu kết quả khắc phục từng nội dung.",
    ],
}

# Short notes sometimes written on a pass.
PASS_NOTES: Final[list[str]] = [
    "Đã kiểm tra thực tế.",
    "Đơn vị xuất trình đầy đủ hồ sơ.",
    "Niêm yết rõ ràng, ở vị trí dễ quan sát.",
    "Đã đối chiếu số liệu trên hệ thống.",
    "Thông tin niêm yết đã cập nhật theo tên gọi mới của đơn vị.",
    "Thực hiện tốt, đề nghị duy trì.",
]

# General observations jotted in an inspection's free notes.
FREE_NOTES: Final[list[str]] = [
    "Đoàn đến làm việc lúc 07 giờ 35 phút, một số phòng chưa mở cửa.",
    "Trụ sở đang sửa chữa, Bộ phận Một cửa tạm bố trí tại hội trường.",
    "Đơn vị mới sắp xếp, một số công chức còn làm việc tại trụ sở cũ.",
    "Đường truyền mạng chập chờn, chưa tra cứu được đầy đủ số liệu trên hệ thống.",
    "Lãnh đạo đơn vị đi họp tại tỉnh, Phó Chủ tịch làm việc với Đoàn.",
    "Khu vực chờ của người dân chật, thiếu ghế ngồi.",
    "Người dân đến giao dịch đông vào buổi sáng, chủ yếu lĩnh vực đất đai và hộ tịch.",
    "Đơn vị chuẩn bị đầy đủ hồ sơ, phối hợp tốt với Đoàn.",
    "Máy lấy số thứ tự và màn hình tra cứu đang hỏng, đã đề nghị đơn vị sửa chữa.",
    "Đoàn đề nghị đơn vị gửi bổ sung bản sao quy chế làm việc trong tuần.",
    "Một số nội dung đã được đơn vị khắc phục ngay trong buổi kiểm tra.",
]

# "Ý kiến của đơn vị được kiểm tra" as written on the minutes.
UNIT_OPINIONS: Final[list[str]] = [
    "Đơn vị thống nhất với kết quả kiểm tra và các kiến nghị của Đoàn; sẽ khắc phục các tồn "
    "tại, hạn chế đúng thời hạn và báo cáo kết quả về Đoàn kiểm tra.",
    "Đơn vị cơ bản thống nhất với nội dung biên bản. Việc niêm yết chưa đầy đủ do trụ sở đang "
    "sửa chữa; đơn vị sẽ hoàn thành niêm yết trong tuần tới.",
    "Đơn vị tiếp thu ý kiến của Đoàn, sẽ tổ chức kiểm điểm các cá nhân vi phạm và chấn chỉnh "
    "việc chấp hành kỷ luật, kỷ cương hành chính trong toàn cơ quan.",
    "Đơn vị thống nhất với kết quả kiểm tra. Việc chưa ký số đầy đủ văn bản đi là do chứng thư "
    "số của lãnh đạo hết hạn; đơn vị đã đề nghị gia hạn.",
    "Đơn vị thống nhất với biên bản; đề nghị Đoàn ghi nhận một số nội dung đã được khắc phục "
    "ngay trong buổi kiểm tra.",
    "Đơn vị thống nhất với các nội dung kiểm tra, trừ nội dung tại mục D1: 02 công chức vắng "
    "mặt đã được Chủ tịch UBND cử đi tập huấn; đơn vị sẽ gửi văn bản cử đi công tác bổ sung "
    "cho Đoàn.",
]
