"""Declarations as documents: the accident declaration and the claim as PDFs."""
