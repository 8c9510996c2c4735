# Django finds management commands only in this folder: each one is a thin entry that parses its options and
# calls its feature package (editions/, confirmation/, alerts/, introductions/, importing/, search/).
