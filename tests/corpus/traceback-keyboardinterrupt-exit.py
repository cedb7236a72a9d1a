print("stopping")
raise KeyboardInterrupt("stop")
