"""Evaluation shared by benchmarks/ and scripts/: corpus readers and span scorers."""
