"""Write tests/data/notice.pdf: a two-page Chinese notice, the PDF fixture of tests/test_reading.py.

Run once (``python tests/data/make_pdf.py``); the PDF is committed. It is written by hand, with
no PDF library: the text uses the standard CJK font STSong-Light with the predefined CMap
UniGB-UCS2-H, which PDF readers know without an embedded font, so the file stays small.
"""
from __future__ import annotations

from pathlib import Path

PAGES = [
    [
        "关于做好就业工作的通知",
        "平政发〔2023〕5号",
        "各县（市、区）人民政府：",
        "一、落实就业见习补贴，每人每月1000元。（市人社局负责）",
        "二、加强组织领导，",  # the sentence runs on to the next page
    ],
    [
        "明确责任分工。（市财政局负责）",
        "平凉市人民政府",
        "2023年5月6日",
    ],
]


def text_stream(lines: list[str]) -> bytes:
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 760 Td"]
    for line in lines:
        ops.append(f"<{line.encode('utf-16-be').hex().upper()}> Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def build(pages: list[list[str]]) -> bytes:
    n = len(pages)
    font, descriptor = 3 + 2 * n, 4 + 2 * n
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Count {n} /Kids [{' '.join(f'{3 + 2 * i} 0 R' for i in range(n))}] >>".encode(),
        font: (
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts "
            b"[<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (GB1) /Supplement 2 >> /FontDescriptor " + f"{descriptor} 0 R".encode() + b" /DW 1000 >>] >>"
        ),
        descriptor: (
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
        ),
    }
    for i, lines in enumerate(pages):
        page, content = 3 + 2 * i, 4 + 2 * i
        objects[page] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> "
            f"/Contents {content} 0 R >>"
        ).encode()
        stream = text_stream(lines)
        objects[content] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offsets[k]:010d} 00000 n \n" for k in sorted(objects)).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


if __name__ == "__main__":
    target = Path(__file__).with_name("notice.pdf")
    target.write_bytes(build(PAGES))
    print(f"wrote {target} ({target.stat().st_size} bytes)")
