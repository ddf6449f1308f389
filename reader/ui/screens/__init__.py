"""The places a user can be: one Screen each, owning its state."""
