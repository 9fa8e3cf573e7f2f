"""(package face filled below)"""
