"""WhaleLog: vessel-side ICRW Schedule logbook and regulated-area bridge alerts."""

__version__ = "0.1.0"
