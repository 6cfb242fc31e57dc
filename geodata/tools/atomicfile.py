"""Writing a generated file whole or not at all, shared by the geodata build scripts."""
import os
import tempfile


def write_atomic(path, data):
    """Writes `data` (text, UTF-8) to `path` through a temporary file in the same folder and a rename: a failed or
    interrupted build never leaves a half-written layer behind."""
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", dir=os.path.dirname(path))
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
