"""The Leads page's parts (P2): the list adapter, the capture and edit form,
the conversion dialog and the channel yield table; the page is desktop/pages/leads.py."""
