print("lgps")
