/* Reads a PNG's pixel size from its header, for the checks that icons are exactly the size they are used at. */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Pixel size of a PNG, read from its IHDR chunk (the first chunk, right after the 8-byte signature; W3C PNG
 * specification, 11.2.2). Throws "not a PNG file" for anything else.
 * @example pngSize(fs.readFileSync("assets/icon-32.png")) // { width: 32, height: 32 }
 */
function pngSize(png) {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

module.exports = { pngSize };
