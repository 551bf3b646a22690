"""The documents TeamAdmin produces: employment attest, A1 request summary, C4 data sheet."""
