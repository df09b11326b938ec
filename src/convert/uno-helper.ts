/**
 * The Python-UNO helper each LibreOffice pool instance runs beside its soffice process.
 *
 * Why Python: Node has no UNO bridge, and the alternative (one `soffice --convert-to` per file) pays
 * LibreOffice's start-up on every document. This helper connects once to a listening soffice and then
 * converts one request per stdin line, answering one JSON line per request on stdout. It stays dumb on
 * purpose: the TypeScript side chooses filters and options, the helper only loads and stores.
 *
 * It ships embedded as a string (written next to the instance's profile at start) so that the compiled
 * dist/ works without copying non-TypeScript files.
 *
 * Protocol (one JSON object per line):
 *   -> {"id": 1, "input": "/abs/in.docx", "output": "/abs/out.pdf", "inputFilter": "MS Word 2007 XML",
 *       "inputFilterOptions": "", "filter": "writer_pdf_Export", "filterOptions": "", "filterData": {...},
 *       "page": {"width": 21000, "height": 29700, "landscape": false, "margins": {"top": 1000}}}
 *   <- {"ready": true, "version": "7.4.7.2"}                  once, after connecting
 *   <- {"id": 1, "ok": true} | {"id": 1, "ok": false, "stage": "load"|"store"|"bridge", "error": "..."}
 * When stdin closes (Node exited or disposed the pool) the helper asks soffice to terminate, so a killed
 * parent does not leave an office process behind.
 */
export const UNO_HELPER_SOURCE = String.raw`
import json, sys, time
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Failed(Exception):
    def __init__(self, stage, message):
        Exception.__init__(self, message)
        self.stage = stage


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def connect(pipe, seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + seconds
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception as e:
            if time.time() > deadline:
                raise
            time.sleep(0.05)


def product_version(ctx):
    try:
        provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", (prop("nodepath", "/org.openoffice.Setup/Product"),))
        return access.getByName("ooSetupVersionAboutBox")
    except Exception:
        return None


def filter_data(data):
    values = []
    for key, value in data.items():
        values.append(prop(key, value))
    # A sequence of PropertyValue must be passed as a typed Any or UNO sees a plain tuple.
    return uno.Any("[]com.sun.star.beans.PropertyValue", tuple(values))


def apply_page(doc, page):
    # Writer and Calc keep paper size and margins in page styles (1/100 mm); set every style so the
    # whole document follows, whichever style a page uses.
    styles = doc.getStyleFamilies().getByName("PageStyles")
    for name in styles.getElementNames():
        style = styles.getByName(name)
        if "width" in page:
            style.Width = int(page["width"])
            style.Height = int(page["height"])
        if "landscape" in page:
            w, h = style.Width, style.Height
            if page["landscape"] != (w > h):
                style.Width, style.Height = h, w
            style.IsLandscape = bool(page["landscape"])
        margins = page.get("margins") or {}
        if "top" in margins: style.TopMargin = int(margins["top"])
        if "bottom" in margins: style.BottomMargin = int(margins["bottom"])
        if "left" in margins: style.LeftMargin = int(margins["left"])
        if "right" in margins: style.RightMargin = int(margins["right"])


def convert(desktop, req):
    load = [
        prop("Hidden", True),
        prop("ReadOnly", True),
        # Never run macros, never fetch linked content: conversions are offline and inert.
        prop("MacroExecutionMode", 0),
        prop("UpdateDocMode", 0),
        prop("RepairPackage", False),
    ]
    if req.get("inputFilter"):
        load.append(prop("FilterName", req["inputFilter"]))
    if req.get("inputFilterOptions"):
        load.append(prop("FilterOptions", req["inputFilterOptions"]))
    stage = "load"
    doc = None
    try:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(req["input"]), "_blank", 0, tuple(load))
        if doc is None:
            raise RuntimeError("LibreOffice could not load the document")
        if req.get("page"):
            apply_page(doc, req["page"])
        stage = "store"
        store = [prop("FilterName", req["filter"]), prop("Overwrite", True)]
        if req.get("filterOptions"):
            store.append(prop("FilterOptions", req["filterOptions"]))
        if req.get("filterData"):
            store.append(prop("FilterData", filter_data(req["filterData"])))
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(req["output"]), tuple(store)))
    except Exception as e:
        raise Failed(stage, "%s: %s" % (type(e).__name__, e))
    finally:
        if doc is not None:
            try:
                doc.close(True)
            except Exception:
                try:
                    doc.dispose()
                except Exception:
                    pass


def main():
    pipe = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    try:
        ctx = connect(pipe, seconds)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    except Exception as e:
        emit({"ready": False, "error": "%s: %s" % (type(e).__name__, e)})
        return 1
    emit({"ready": True, "version": product_version(ctx)})
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        req = json.loads(line)
        try:
            convert(desktop, req)
            emit({"id": req["id"], "ok": True})
        except Exception as e:
            stage = getattr(e, "stage", "load")
            message = str(e) if isinstance(e, Failed) else "%s: %s" % (type(e).__name__, e)
            # A dead bridge means soffice crashed; the pool restarts the instance on this answer.
            if "DisposedException" in message or "Binary URP bridge" in message:
                stage = "bridge"
            emit({"id": req["id"], "ok": False, "stage": stage, "error": message})
    try:
        desktop.terminate()
    except Exception:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
`;
