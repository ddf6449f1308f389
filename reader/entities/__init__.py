"""Pure entity engine: people, places and dates of an Arabic text. No Textual import."""
