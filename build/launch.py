"""PyInstaller entry script for the frozen app (see build/kiemtra.spec)."""

from app.__main__ import main

raise SystemExit(main())
