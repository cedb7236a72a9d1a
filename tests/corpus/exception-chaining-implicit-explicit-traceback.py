class ConfigError(Exception):
    pass
def read(path):
    raise FileNotFoundError(2, "No such file or directory", path)
def load(path):
    try:
        read(path)
    except OSError as e:
        raise ConfigError(f"cannot load {path}") from e
def main():
    try:
        load("app.cfg")
    except ConfigError:
        raise RuntimeError("startup failed")
main()
