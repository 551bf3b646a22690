"""Loans: loan applications, their states and instalments."""
