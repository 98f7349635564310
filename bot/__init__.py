import sys

# Start-up speed: servers often set PYTHONDONTWRITEBYTECODE, which would make every run of
# goalbot compile its imports from source again. goalbot keeps its bytecode cache regardless,
# so only the first run pays (uv's compile-bytecode option printed a line on every run).
sys.dont_write_bytecode = False
