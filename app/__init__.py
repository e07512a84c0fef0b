"""Kiểm tra kỷ cương: domain services and the command line (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "Kiểm tra kỷ cương"
