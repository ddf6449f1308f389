"""A terminal reader for Arabic news: shaped, right to left, with its people, places and dates."""
