"""TeamAdmin: request types, their due dates and inputs, and the request's states."""
