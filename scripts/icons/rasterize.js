/*
 * Rasterises assets/icon.svg into the PNG icons the manifest and the store listing use (assets/icon-16.png …
 * icon-300.png, the sizes in ./iconSizes.js). Run it when the SVG or the sizes change; the PNGs are committed.
 *
 * sharp is deliberately not a project dependency (it is only needed here, and rarely):
 *   npm install --no-save sharp && node scripts/icons/rasterize.js
 */
const fs = require("fs");
const path = require("path");
const sharp = require("sharp");
const { ICON_SIZES, iconFile } = require("./iconSizes.js");

const root = path.resolve(__dirname, "../..");
const assets = path.join(root, "assets");
/** The SVG's own width in CSS px: rendering at 72 dpi × size / SVG_WIDTH draws each size natively, without resampling. */
const SVG_WIDTH = 128;

async function rasterize() {
  const svg = fs.readFileSync(path.join(assets, "icon.svg"));
  for (const size of ICON_SIZES) {
    const file = path.join(root, iconFile(size));
    await sharp(svg, { density: (72 * size) / SVG_WIDTH })
      .resize(size, size)
      .png({ compressionLevel: 9 })
      .toFile(file);
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

rasterize().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
