#!/usr/bin/python3
"""Writes the decode corpus: zint symbols, distorted with Pillow.

Run through make-corpus.sh. Deterministic: the noise generator is seeded per
image from the image's name, and everything else (zint, Pillow's filters and
JPEG codec) is a pure function of its input. See README.md for the layout.
"""

import io
import os
import random
import subprocess
import sys
import tempfile
import zlib

from PIL import Image, ImageFilter

GS = "\x1d"

# (name, format as displayName(), AIM id, zint arguments, expected text).
# The expected text is what a scanner sends: check digits included, GS1
# element strings without a leading FNC1 and with GS after variable-length
# fields. UPC-A/UPC-E as ZXing-C++ 1.4 reports them (12 and 8 digits).
PAYLOADS = [
    ("ean13-a", "EAN-13", "]E0", ["-b", "13", "-d", "590123412345"], "5901234123457"),
    ("ean13-b", "EAN-13", "]E0", ["-b", "13", "-d", "400638133393"], "4006381333931"),
    ("upca", "UPC-A", "]E0", ["-b", "34", "-d", "03600029145"], "036000291452"),
    ("ean8", "EAN-8", "]E4", ["-b", "13", "-d", "9638507"], "96385074"),
    ("upce", "UPC-E", "]E0", ["-b", "37", "-d", "0123456"], "01234565"),
    ("c128-sku", "Code 128", "]C0", ["-b", "20", "-d", "PD-00042-BLU"], "PD-00042-BLU"),
    ("c128-lower", "Code 128", "]C0", ["-b", "20", "-d", "sku-abc-123"], "sku-abc-123"),
    ("c128-digits", "Code 128", "]C0", ["-b", "20", "-d", "0012345678905"], "0012345678905"),
    ("gs1128-lot", "Code 128", "]C1", ["-b", "16", "--gs1", "-d", "[01]09501101530003[10]ABC[21]123"],
     "010950110153000310ABC" + GS + "21123"),
    # Only fixed-length AIs: no GS anywhere.
    ("gs1128-fixed", "Code 128", "]C1", ["-b", "16", "--gs1", "-d", "[01]09501101530003[3103]001250[17]251231"],
     "0109501101530003310300125017251231"),
    ("qr-url", "QR Code", "]Q1", ["-b", "58", "-d", "https://packdesk.example/o/4711?s=3"],
     "https://packdesk.example/o/4711?s=3"),
    # Fits Latin-1, so zint encodes it without ECI; the decoder must still
    # return the right Unicode.
    ("qr-latin1", "QR Code", "]Q1", ["-b", "58", "-d", "Jürgen Weiß æøå"], "Jürgen Weiß æøå"),
    # UTF-8 under ECI 26; the AIM id stays ]Q1 because the text has no ECI escapes.
    ("qr-eci", "QR Code", "]Q1", ["-b", "58", "--eci=26", "-d", "Grüße € 東京"], "Grüße € 東京"),
    ("qr-gs1", "QR Code", "]Q3", ["-b", "58", "--gs1", "-d", "[01]09501101530003[10]ABC[21]123"],
     "010950110153000310ABC" + GS + "21123"),
    ("dm-text", "DataMatrix", "]d1", ["-b", "71", "-d", "PD-00042-BLU/box 3"], "PD-00042-BLU/box 3"),
    ("dm-latin1", "DataMatrix", "]d1", ["-b", "71", "-d", "Jürgen Weiß æøå"], "Jürgen Weiß æøå"),
    ("dm-gs1", "DataMatrix", "]d2",
     ["-b", "71", "--gs1", "-d", "[01]09501101530003[17]251231[10]LOT-7[21]x1"],
     "01095011015300031725123110LOT-7" + GS + "21x1"),
]

# Payloads that also get a "hard" image: blurred until the decoder is expected
# to fail. They count in the overall rate so that the rate means something.
HARD = {"ean13-b", "upce", "c128-sku", "gs1128-lot", "qr-url", "dm-gs1"}


def zint_symbol(args, module_px, tmp):
    """The symbol at module_px pixels per module, 8-bit grey. zint's raster
    output draws 2 px per module at --scale=1, in steps of 0.5."""
    out = os.path.join(tmp, "symbol.png")
    argv = ["zint", "--quietzones", "--scale=%g" % (module_px / 2.0), "-o", out] + args
    subprocess.run([a.encode("utf-8") for a in argv], check=True, stderr=subprocess.DEVNULL)
    with Image.open(out) as image:
        return image.convert("L")


def seeded(name):
    return random.Random(zlib.crc32(name.encode("utf-8")))


def add_noise(image, sigma, rng):
    pixels = image.tobytes()
    noisy = bytes(max(0, min(255, int(p + rng.gauss(0.0, sigma)))) for p in pixels)
    return Image.frombytes("L", image.size, noisy)


def contrast(image, low, high):
    return image.point(lambda p: low + p * (high - low) // 255)


def rotate(image, degrees):
    return image.rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor=255)


def jpeg(image, quality):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    with Image.open(buffer) as decoded:
        return decoded.convert("L")


# (variant, kind, module size in px, transform(image, rng)). "clean" images
# are undistorted (lossless rotations by right angles included) and must all
# decode; "distorted" ones set the measured rate; "hard" ones should fail.
VARIANTS = [
    ("m1", "clean", 1, lambda im, rng: im),
    ("m2", "clean", 2, lambda im, rng: im),
    ("m3", "clean", 3, lambda im, rng: im),
    ("m4", "clean", 4, lambda im, rng: im),
    ("rot90", "clean", 2, lambda im, rng: im.transpose(Image.ROTATE_90)),
    ("rot180", "clean", 2, lambda im, rng: im.transpose(Image.ROTATE_180)),
    ("rot270", "clean", 2, lambda im, rng: im.transpose(Image.ROTATE_270)),
    ("rot5", "distorted", 3, lambda im, rng: rotate(im, 5)),
    ("rot15", "distorted", 3, lambda im, rng: rotate(im, -15)),
    ("blur", "distorted", 3, lambda im, rng: im.filter(ImageFilter.GaussianBlur(1.2))),
    ("noise", "distorted", 2, lambda im, rng: add_noise(im, 30.0, rng)),
    ("jpeg", "distorted", 2, lambda im, rng: jpeg(im, 15)),
    ("lowcontrast", "distorted", 2, lambda im, rng: contrast(im, 110, 160)),
    # Roughly a phone photo of a label: tilted, soft, grey, grainy.
    ("camera", "distorted", 2,
     lambda im, rng: add_noise(contrast(rotate(im, 8).filter(ImageFilter.GaussianBlur(0.6)), 70, 200), 10.0, rng)),
    ("hard", "hard", 2, lambda im, rng: im.filter(ImageFilter.GaussianBlur(2.6))),
]


def kind_of(fmt, variant, kind):
    """A DataMatrix at 1 px per module is undistorted but below what
    ZXing-C++ 1.4's DataMatrix detector reads (QR at 1 px is read), so it
    counts as hard rather than breaking the all-clean-decode rule."""
    if fmt == "DataMatrix" and variant == "m1":
        return "hard"
    return kind


def escape(text):
    """The manifest's escapes: backslash, tab, newline and control bytes."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def main():
    corpus = os.path.dirname(os.path.abspath(__file__))
    images = os.path.join(corpus, "images")
    os.makedirs(images, exist_ok=True)
    for old in os.listdir(images):
        if old.endswith(".png"):
            os.remove(os.path.join(images, old))

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, fmt, aim, args, expected in PAYLOADS:
            symbols = {}
            for variant, kind, module_px, transform in VARIANTS:
                if kind == "hard" and name not in HARD:
                    continue
                if module_px not in symbols:
                    symbols[module_px] = zint_symbol(args, module_px, tmp)
                file = "%s-%s.png" % (name, variant)
                image = transform(symbols[module_px], seeded(file))
                image.save(os.path.join(images, file), optimize=True)
                rows.append((file, fmt, aim, kind_of(fmt, variant, kind), variant, escape(expected)))

    with open(os.path.join(corpus, "expected.tsv"), "w", encoding="utf-8", newline="\n") as manifest:
        manifest.write("# Generated by make-corpus.sh; do not edit. Columns (tab-separated):\n")
        manifest.write("# file, format, AIM id, kind (clean|distorted|hard), variant, expected text\n")
        manifest.write("# Expected text escapes: \\\\ backslash, \\t, \\n, \\xHH (\\x1d = GS).\n")
        for row in rows:
            manifest.write("\t".join(row) + "\n")
    print("%d images in %s" % (len(rows), images))


if __name__ == "__main__":
    sys.exit(main())
