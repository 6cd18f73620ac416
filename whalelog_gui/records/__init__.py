"""Schedule Appendix A records as plain dataclasses with their validation and rules. No Qt here."""
