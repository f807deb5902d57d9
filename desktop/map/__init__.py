"""The org map: the customer's decision chain as an editable QGraphicsView.

Modules, each with one job:

``style``     colours, sizes and fonts, one place for the map's look;
``layout``    positions for people nobody placed (tidy tree, leaves stacked);
``data``      the plain picture of one account the scene draws (:class:`MapData`);
``geometry``  where lines run between cards (elbows, brackets, clipped straights);
``items``     node items (ids only) and the layers that draw many things at once;
``scene``     :class:`MapScene`: items kept in step with :class:`MapData`;
``view``      :class:`MapView`: zoom, pan, fit and the gestures, as signals;
``commands``  undoable edits (moves, links, layout) over the model's services;
``panels``    the side panel's tabs: person, route, gaps, changes;
``legend``    the legend, painted on the view and into exports;
``export``    PNG, SVG and PDF;
``texts``     the words for risks, reasons and changes, through ``tr``.
"""
