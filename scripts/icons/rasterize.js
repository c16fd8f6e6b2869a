/*
 * Rasterises assets/icon.svg into the PNG icons the manifest and the store listing use
 * (assets/icon-16.png … icon-128.png). Run it only when the SVG changes; the PNGs are committed.
 *
 * sharp is deliberately not a project dependency (it is only needed here, and rarely):
 *   npm install --no-save sharp && node scripts/icons/rasterize.js
 */
const fs = require("fs");
const path = require("path");
const sharp = require("sharp");

const SIZES = [16, 32, 64, 80, 128];
const assets = path.resolve(__dirname, "../../assets");
/** The SVG's own width in CSS px: rendering at 72 dpi × size / SVG_WIDTH draws each size natively, without resampling. */
const SVG_WIDTH = 128;

async function rasterize() {
  const svg = fs.readFileSync(path.join(assets, "icon.svg"));
  for (const size of SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
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
