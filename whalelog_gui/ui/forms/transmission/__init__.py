"""The Transmission view: bundles for authorities, receipts, key fingerprint, and Print / PDF of single forms."""

from whalelog_gui.ui.forms.transmission.transmission_page import TransmissionPage

__all__ = ["TransmissionPage"]
