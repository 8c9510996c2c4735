"""The French editor's guide (docs/editors-guide-fr.md), read inside the admin with its screenshots."""
