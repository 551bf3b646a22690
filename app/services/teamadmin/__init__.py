"""TeamAdmin: the use cases of the back office's queue of requests."""
