import type { Plugin } from 'rollup';
import ts from 'typescript';

/**
 * Property names of ours that no page, data document, bench or test of the drop-in ever reads, which
 * the drop-in shortens as it shortens `_` names (rollup.config.ts, terser's mangle.properties): the
 * finder's private state (the search text, the notice, the selected pin), its strings' keys, the map
 * view's and the clusterer's methods and options, the finder index's columns and a record's scan
 * facts, every element's `resolvedLang`, and the other elements' strings' keys (0.7 KB gzip of the
 * drop-in). Terser renames them wherever they are a property name (`a.x`, `{ x }`), never inside
 * other text.
 * Not here: anything public (attributes, properties, methods, `filters` and workshop fields, event
 * details, Lit's API), a key of the provider's context (another copy of the script, the ESM build on the
 * same page, may provide it), a key read from data (a partner's `website`), Lit's API and the Leaflet
 * methods the tests or the bench call on the drop-in's map (the @lit/context controllers' names listed
 * below are their private state, which no page can reach and only this bundle's copy calls; the Leaflet
 * methods listed below only this bundle calls), `mapView` (the bench reads `el.mapView.map` from the
 * drop-in), and keys read with a computed name (`t.types[type]`: `types` is listed, `intro` is not). Names on terser's list of
 * DOM properties (`draw`, `toolbar`, `refresh`, `destroy`) are never shortened, so not listed.
 */
export const MANGLED_NAMES = [
  // <pl-workshop-map>'s private state, and every element's language.
  'searchText', 'selectedId', 'notice', 'tilesFailed', 'place', 'shown', 'resolvedLang',
  // The shared data sources' options, the provider's load state, the timeline's days, the calculator's callback.
  'providerLoad', 'childAttributes', 'loadState', 'dateOnly', 'setSeats', 'currentSettings',
  // A record's scan facts, the finder index's columns, the clusterer's cells, a query's result.
  'readZone', 'unknownZone', 'firstStart', 'lastEnd', 'shownAt', 'shownStart', 'courseKeys', 'courseCode', 'typeCode', 'isVirtual', 'sessionDays',
  'shownOrder', 'distances', 'inPerson', 'minX', 'maxX', 'minY', 'maxY', 'sumX', 'sumY', 'oneSpot', 'isAlone',
  'clusters', 'members', 'geocodable', 'zipBase', 'geocoderTimeoutMs',
  // The finder's strings (the timeline's `inPerson` above too).
  'partnerIntroGeneric', 'nothingMatches', 'legendSeeking', 'partnersLabel', 'placeUnavailable', 'tilesUnavailable',
  'locationFailed', 'zipUnavailable', 'seekingPartner', 'legendWorkshop', 'addToCalendar', 'placeNotFound', 'moreSessions',
  'searchButton', 'filtersLabel', 'clearFilters', 'partnerIntro', 'fallbackLink', 'virtualGroup', 'osmCredit', 'zipNotFound',
  'nothingNear', 'summaryNear', 'searchLabel', 'useLocation', 'modes', 'summaryAll', 'myLocation', 'allCourses', 'sessionOf',
  'seatsLeft', 'showOnMap', 'nothingIn', 'summaryIn', 'seatsOnly', 'listLabel', 'locating', 'searching', 'moreHere', 'allTypes',
  'showMore', 'printedOf', 'mapLabel', 'searchLandmark', 'noneYet', 'cluster', 'twoFingers',
  // The other elements' strings and the shared load errors' (not the calculator's subtotal and discount: a quote's fields).
  'loadFailedParse', 'loadFailed', 'programNotStarted', 'programCompleted', 'programStarts',
  'programNext', 'programNow', 'phasesLabel', 'statusUpcoming', 'statusCurrent', 'statusDone', 'statusNext', 'discountsHeading',
  'scholarshipHeading', 'includesHeading', 'scholarshipLink', 'ctaDefault', 'seatsLabel', 'perUnit', 'seatCount',
  'nextTier', 'newTab',
  // The map view's, the partner pins' and the views' methods, options and callbacks.
  'focusPin', 'focusPartnerPin', 'markTabStop', 'setPartners', 'setLabels', 'setWorkshops', 'makeRoom',
  'showPlace', 'refit', 'look', 'onClick', 'workshopPopup', 'groupPopup', 'partnerPopup', 'reducedMotion', 'onTileError',
  'onPinSelect', 'onPopupDismissed', 'onCalendar', 'onShowMore', 'onSelect', 'onSubmit', 'onLocate', 'onChange', 'onScroll',
  'onInput', 'onClear', 'canLocate', 'withMap', 'besideMap', 'workshopAt', 'laterFrom', 'itemDetails',
  // More strings' keys: the calculator's, the finder's and the card's `free`, the timeline's `until` (also the
  // finder index's session column of that name). Not `full`: the list writes it as a class name.
  'fewer', 'most', 'announce', 'away', 'more', 'free', 'until',
  // Exports reached through a lazily loaded module's namespace object (`view.renderCalculator`, `m.fetchText`).
  'visuallyHidden', 'documentStyles', 'pricingSource', 'renderCalculator', 'calculatorStyles', 'documentOver', 'renderLoad', 'fetchText',
  'focusContentWhenLoaded',
  // Internal options and results: the timeline's phase statuses, the list's picked rank, a data source's child tag, the
  // calendar file's virtual label, the finder index's warm-ups, safeUrl's option, the ZIP table's columns, a scan's
  // dropped sessions, the filters' date callback.
  'statuses', 'picked', 'childTag', 'virtualLabel', 'warmDays', 'warmPlaces', 'webOnly', 'cityNames', 'cityStates', 'zips', 'dropped',
  'onDateFocus',
  // @lit/context's own controller state and methods, which only this bundle's copy of it calls (the context
  // protocol between copies is the events' context, contextTarget, callback and subscribe, none of them here).
  'subscriptions', 'onContextRequest', 'onProviderRequest', 'attachListeners', 'addCallback', 'clearCallbacks', 'updateObservers',
  'consumerHost', 'disposer',
  // Leaflet's own methods that only this bundle calls (since 2026-12-05, thirteenth session: 0.4 KB gzip). Leaflet is
  // inside the drop-in and no page, test or bench of the drop-in calls these on its map, markers or popups (the
  // bench and the tests call getZoom, getCenter, setView, on, ...: those stay); Leaflet never reads one through a
  // string (mangledNamesGuard fails the build if its code names one in quotes). `zoomIn`, `zoomOut` and
  // `closePopup` are also the finder's strings' keys, shortened alike. Not here: what terser keeps anyway (a DOM or
  // built-in name: `extend`, `clone`, `off`, `disable`, `initialize`, `equals`, `pad`, `openPopup`, `setIcon`),
  // Lit's `update`, and `scale` (a field of the ZIP table's file).
  'fire', 'subtract', 'getElement', 'mouseEventToContainerPoint', 'project', 'getSize', 'closePopup',
  'latLngToLayerPoint', 'unproject', 'removeLayer', 'getContainer', 'containerPointToLayerPoint', 'getZoomScale',
  'multiplyBy', 'createPane', 'containerPointToLatLng', 'divideBy', 'getPixelOrigin', 'layerPointToLatLng',
  'setLatLng', 'layerPointToContainerPoint', 'setContent', 'getLatLng', 'getTileSize', 'getMinZoom',
  'getPixelWorldBounds', 'hasLayer', 'finishDrag', 'openOn', 'getLayerId', 'invalidateSize', 'getPixelBounds',
  'getPane', 'whenReady', 'eachLayer', 'getEvents', 'getBottomLeft', 'setZoomAround', 'getBoundsZoom', 'getSouthWest',
  'getNorthEast', 'getScaleZoom', 'removeInteractiveTarget', 'getTopRight', 'listens', 'wrapLatLng',
  'addInteractiveTarget', 'createTile', 'getProjectedBounds', 'unscaleBy', 'beforeAdd', 'onRemove', 'latLngToPoint',
  'pointToLatLng', 'getNorthWest', 'getSouthEast', 'bringToFront', 'untransform', 'removeHooks', 'onAdd', 'panTo',
  'removeFrom', 'getTileUrl', 'createIcon', 'addHooks', 'isValid', 'scaleBy', 'zoomOut', 'zoomIn', 'moved',
  'panInside', 'distanceTo', 'addTo', 'addLayer', 'clearLayers', 'fitBounds', 'bindPopup', 'toBounds', 'enable',
  // ...and the options of Leaflet's map, markers, icons and popups that only this bundle sets and reads (not the
  // tile layer's: a tile URL template can read any of them, nor Layer's, which the tile layer inherits; not the
  // popups' maxWidth, minWidth and maxHeight, which terser keeps as CSS names; not `iconSize`, which Leaflet reads
  // as `options[name + 'Size']`).
  'clickTolerance', 'zoomAnimation', 'zoomAnimationThreshold', 'fadeAnimation', 'markerZoomAnimation', 'transform3DLimit',
  'zIndexOffset', 'autoPanOnFocus', 'autoPanPadding', 'autoPanPaddingTopLeft', 'autoPanPaddingBottomRight', 'bgPos',
  'iconAnchor', 'popupAnchor', 'interactive', 'paddingTopLeft', 'paddingBottomRight',
  // What a Leaflet event carries (its DOM event, position and target) and Leaflet's own move and zoom options.
  'originalEvent', 'latlng', 'layerPoint', 'containerPoint', 'sourceTarget', 'oldLatLng', 'noMoveStart', 'noUpdate',
  'easeLinearity', 'pinch',
  // Leaflet's class machinery (Class.extend, include, mergeOptions, addInitHook), which only Leaflet's own classes use.
  'include', 'addInitHook', 'callInitHooks', 'mergeOptions', 'statics',
  // The card's settings' and discounts' problems, every element's common strings (a protected getter), fetch-text's
  // fetchWithin (read through its namespace object).
  'problems', 'common', 'fetchWithin',
  // More of Leaflet's own, which no page, test or bench reads: its coordinate reference system's parts (the map's
  // `crs`), the map options only its handlers read (the finder sets none of them), its browser flags (`any3d`, ...;
  // not those Leaflet also writes as text, `touch`, `chrome`), a tile's mark and a double tap's listener. And the
  // limits a number rule of the provider's document validation is made with.
  'transformation', 'projection', 'wrapLng', 'wrapLat', 'infinite', 'MAX_LATITUDE',
  'inertiaDeceleration', 'inertiaMaxSpeed', 'wheelPxPerZoomLevel', 'wheelDebounceTime', 'keyboardPanDelta', 'debounceMoveend',
  'any3d', 'edge', 'retina', 'mac', 'linux', 'touchNative', 'retain', 'simDblclick',
  'integer', 'minimum', 'exclusiveMinimum', 'maximum',
];

/**
 * Fails the drop-in's build when our source names one of MANGLED_NAMES in a string where code could
 * use it as a key (`changed.has('notice')`, `'readZone' in facts`), which the shortened name would no
 * longer match. A comparison or a `case` (`kind === 'locating'`), a type (`Pick<T, 'draw'>`) and an
 * object's value are only text.
 */
export function mangledNamesGuard(): Plugin {
  const names = new Set(MANGLED_NAMES);
  return {
    name: 'mangled-names-guard',
    transform(code, id) {
      // Leaflet reaches some methods through their names as text (`addInitHook('addHandler', ...)`): none of ours.
      if (/[\\/]node_modules[\\/]leaflet[\\/]/.test(id)) {
        for (const [, name] of code.matchAll(/['"]([A-Za-z]\w*)['"]/g))
          if (names.has(name!)) this.error(`"${name}" is shortened in the drop-in (scripts/rollup/mangled-names.ts), but Leaflet names it in a string`);
        return null;
      }
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node: ts.Node): void => {
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && names.has(node.text)) {
          const { parent } = node;
          const onlyText =
            ts.isLiteralTypeNode(parent) ||
            ts.isCaseClause(parent) ||
            (ts.isPropertyAssignment(parent) && parent.initializer === node) ||
            (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind));
          if (!onlyText) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
            this.error(`line ${line + 1}: "${node.text}" is shortened in the drop-in (scripts/rollup/mangled-names.ts): read it by name, or take it off that list`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return null;
    },
  };
}
