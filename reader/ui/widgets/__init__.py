"""The reader's widgets, one per module; they know spans and their kinds, never the entity engine."""
