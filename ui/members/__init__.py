"""Members: the Members & Activities view, its lazy list and the Activity picker."""
