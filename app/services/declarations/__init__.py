"""Declarations: accident declarations and insurance claims, their moves and health data."""
