"""Import of accounts, people, deals and activities from CSV and XLSX files."""
