"""Page shell: wraps a body in a full document and pads to a realistic size."""
from common import COOKIE, E, ads_script, css_pad

MIN = 27 * 1024


def doc(title_tag, head_extra, body, seed, lang="vi", html_attrs=""):
    head = ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n' % (lang, html_attrs,
                                                                                           E(title_tag), head_extra))
    tail = "\n%s\n%s\n</body>\n</html>\n" % (COOKIE, ads_script(seed))
    base = head + "@@PAD@@</head>\n<body>\n" + body + tail
    size = len(base.replace("@@PAD@@", "").encode("utf-8"))
    pad = css_pad(seed, max(1, (MIN - size) // 1024 + 1)) if size < MIN else ""
    return base.replace("@@PAD@@", pad)
