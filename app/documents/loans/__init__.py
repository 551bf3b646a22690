"""Loan documents: the agreement with its schedule, OGM and EPC QR code; the refusal letter."""
