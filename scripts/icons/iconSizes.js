/*
 * The icon sizes the add-in ships, one source for the rasterizer, the manifest tests and the build check.
 *
 * - The add-in's own icon: IconUrl 32×32 and HighResolutionIconUrl 64×64 for a task pane add-in (Microsoft Learn,
 *   "IconUrl element" and "HighResolutionIconUrl element": both required for add-ins in the Marketplace).
 * - The ribbon button's images: 16, 32 and 80 px are required, 20, 24, 40, 48 and 64 px are the other supported
 *   sizes, drawn by Office at higher display scaling (Microsoft Learn, "Icon element" of the add-in only manifest;
 *   "Fresh style icon guidelines for Office Add-ins": include all eight supported sizes).
 * - The logo uploaded with the Marketplace listing in Partner Center, 300×300: not referenced by the manifest.
 * - 128 px: kept from the first icon set; nothing in the manifest refers to it.
 */

/** Pixel size of the image each manifest icon element must point at. */
const ADDIN_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** The sizes a ribbon `<Icon>` lists, smallest first (the manifest schema allows exactly these). */
const RIBBON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

/** The Marketplace listing logo's width and height. */
const LISTING_LOGO_SIZE = 300;

/** Every size rasterized from assets/icon.svg, each written as assets/icon-<size>.png. */
const ICON_SIZES = [...new Set([...Object.values(ADDIN_ICON_SIZES), ...RIBBON_ICON_SIZES, 128, LISTING_LOGO_SIZE])].sort((a, b) => a - b);

/**
 * The repository path of the icon of a size.
 * @example iconFile(32) // "assets/icon-32.png"
 */
function iconFile(size) {
  return `assets/icon-${size}.png`;
}

module.exports = { ADDIN_ICON_SIZES, RIBBON_ICON_SIZES, LISTING_LOGO_SIZE, ICON_SIZES, iconFile };
