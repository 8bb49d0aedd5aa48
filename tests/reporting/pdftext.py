"""Just enough of a PDF reader to test WeasyPrint's output: the text of each page (through the
fonts' ToUnicode maps) and the document catalogue. Standard library only."""

import re
import zlib
from dataclasses import dataclass, field

OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)\s*endobj", re.S)
REFERENCE = r"(\d+) 0 R"
TOKEN = re.compile(
    rb"<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|/[^\s/\[\]()<>{}%]+|\[|\]|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'\"*]+"
)


@dataclass
class Pdf:
    objects: dict = field(default_factory=dict)  # number -> dictionary text (str)
    streams: dict = field(default_factory=dict)  # number -> decoded stream bytes

    def text(self, number):
        return self.objects.get(number, "")

    def ref(self, number, key):
        match = re.search(rf"/{key}\s+{REFERENCE}", self.text(number))
        return int(match[1]) if match else None

    @property
    def catalog(self):
        return next(number for number, text in self.objects.items() if re.search(r"/Type\s*/Catalog\b", text))

    @property
    def pages(self):
        root = self.ref(self.catalog, "Pages")
        return self._kids(root)

    def _kids(self, number):
        text = self.text(number)
        if re.search(r"/Type\s*/Page\b", text):
            return [number]
        kids = re.search(r"/Kids\s*\[([^\]]*)\]", text)
        return [page for kid in re.findall(REFERENCE, kids[1] if kids else "") for page in self._kids(int(kid))]

    def page_texts(self):
        return [self._page_text(page) for page in self.pages]

    def full_text(self):
        return "\n".join(self.page_texts())

    def _fonts(self, page):
        text = self.text(page)
        resources = re.search(rf"/Resources\s+{REFERENCE}", text)
        if resources:
            text = self.text(int(resources[1]))
        fonts = re.search(r"/Font\s*<<(.*?)>>", text, re.S)
        if not fonts:
            reference = re.search(rf"/Font\s+{REFERENCE}", text)
            fonts_text = self.text(int(reference[1])) if reference else ""
        else:
            fonts_text = fonts[1]
        maps = {}
        for name, number in re.findall(rf"/([^\s/<>\[\]]+)\s+{REFERENCE}", fonts_text):
            to_unicode = self.ref(int(number), "ToUnicode")
            maps[name] = _cmap(self.streams.get(to_unicode, b"")) if to_unicode else {}
        return maps

    def _page_text(self, page):
        text = self.text(page)
        contents = re.search(rf"/Contents\s+(?:{REFERENCE}|\[([^\]]*)\])", text)
        numbers = [int(contents[1])] if contents and contents[1] else [
            int(n) for n in re.findall(REFERENCE, contents[2] if contents else "")]
        data = b"\n".join(self.streams.get(number, b"") for number in numbers)
        fonts, font, operands, out = self._fonts(page), {}, [], []
        for token in TOKEN.findall(data):
            if token[:1].isalpha() or token[:1] in b"'\"*":
                operator = token.decode("latin-1")
                if operator == "Tf" and len(operands) >= 2:
                    font = fonts.get(operands[-2].decode("latin-1").lstrip("/"), {})
                elif operator in ("Tj", "TJ", "'", '"'):
                    out.append("".join(_decode(op, font) for op in operands if op.startswith(b"<")
                                       and not op.startswith(b"<<")))
                elif operator in ("ET", "Td", "TD", "T*", "Tm"):
                    out.append("\n")
                operands = []
            else:
                operands.append(token)
        return "".join(out)


def _decode(hex_token, font):
    digits = re.sub(rb"\s", b"", hex_token[1:-1]).decode("ascii")
    return "".join(font.get(digits[i:i + 4].upper(), "") for i in range(0, len(digits), 4))


def _utf16(hex_digits):
    return bytes.fromhex(hex_digits).decode("utf-16-be", "replace")


def _cmap(data):
    text, mapping = data.decode("latin-1"), {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for source, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[source.upper().zfill(4)] = _utf16(target)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for start, end, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])",
                                             block):
            first, last = int(start, 16), int(end, 16)
            if target.startswith("["):
                for offset, item in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", target)):
                    mapping[f"{first + offset:04X}"] = _utf16(item)
            else:
                base = int(target[1:-1], 16)
                for offset in range(last - first + 1):
                    mapping[f"{first + offset:04X}"] = chr(base + offset)
    return mapping


def _stream(body):
    match = re.match(rb"(<<.*?>>)\s*stream\r?\n", body, re.S)
    if not match:
        return None, None
    header, raw = match[1], body[match.end():]
    length = re.search(rb"/Length\s+(\d+)(?!\s+0\s+R)", header)
    raw = raw[: int(length[1])] if length else raw[: raw.rfind(b"endstream")]
    if b"/FlateDecode" in header:
        raw = zlib.decompress(raw)
    return header, raw


def read_pdf(data):
    """Parse `data` (the bytes of a PDF written by WeasyPrint)."""
    pdf = Pdf()
    for match in OBJECT.finditer(data):
        number, body = int(match[1]), match[2]
        header, stream = _stream(body)
        if header is None:
            pdf.objects[number] = body.decode("latin-1")
            continue
        pdf.objects[number] = header.decode("latin-1")
        pdf.streams[number] = stream
        if re.search(rb"/Type\s*/ObjStm", header):
            first = int(re.search(rb"/First\s+(\d+)", header)[1])
            pairs = list(map(int, stream[:first].split()))
            offsets = list(zip(pairs[::2], pairs[1::2], strict=True))
            for index, (inner, offset) in enumerate(offsets):
                end = offsets[index + 1][1] if index + 1 < len(offsets) else len(stream) - first
                pdf.objects[inner] = stream[first + offset:first + end].decode("latin-1").strip()
    return pdf
