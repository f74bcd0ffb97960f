// Popups and tooltips open on the map when the language switches: their content is worded when shown, so each open
// one is worded again at once (a vehicle's popup read in Chinese then shows English without closing it).
import type * as L from 'leaflet';

export function rewordOpenOverlays(map: L.Map): void {
  map.eachLayer((layer) => {
    const popup = layer.getPopup();
    if (popup?.isOpen()) popup.update();
    const tooltip = layer.getTooltip();
    if (tooltip?.isOpen()) tooltip.update();
  });
}
