"""Pure text pipeline: load, sanitise, shape, wrap and reorder. No Textual import."""
