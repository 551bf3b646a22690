"""Declarations: accident and insurance declarations and their states."""
