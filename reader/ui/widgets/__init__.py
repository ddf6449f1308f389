"""The reader's widgets, one per module: they know spans and kinds, never the engine."""
