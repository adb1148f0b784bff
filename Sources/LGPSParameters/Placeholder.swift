import LGPSRules
