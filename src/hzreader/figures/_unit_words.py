"""Units of measure and of time as news writes them, and as the figures panel shows them."""

from __future__ import annotations

#: Physical units, longest first within each family; the map gives a short display form.
QUANTITY_UNITS: dict[str, str] = {
    "micrograms per cubic meter": "µg/m³", "micrograms per cubic metre": "µg/m³",
    "kilometers per hour": "km/h", "kilometres per hour": "km/h", "km per hour": "km/h",
    "miles per hour": "mph", "meters per second": "m/s", "metres per second": "m/s",
    "square kilometers": "km²", "square kilometres": "km²", "square kilometer": "km²",
    "square kilometre": "km²", "square meters": "m²", "square metres": "m²",
    "square meter": "m²", "square metre": "m²", "square miles": "sq mi", "square mile": "sq mi",
    "square feet": "sq ft", "square foot": "sq ft", "sq km": "km²", "sq m": "m²",
    # figs29: a chip's die, a radiation dose rate
    "square millimetres": "mm²", "square millimeters": "mm²", "square millimetre": "mm²",
    "square millimeter": "mm²", "square centimetres": "cm²", "square centimeters": "cm²",
    "microsieverts per hour": "µSv/h", "millisieverts per hour": "mSv/h",
    "microsieverts": "µSv", "millisieverts": "mSv", "sieverts": "Sv",
    # figs30: doses and activity by their symbols ("3.5 mSv", "2 Gy", "100 Bq/kg")
    "µSv/h": "µSv/h", "μSv/h": "µSv/h", "mSv/h": "mSv/h", "µSv": "µSv", "μSv": "µSv",
    "mSv": "mSv", "Sv": "Sv", "millisievert": "mSv", "microsievert": "µSv", "sievert": "Sv",
    "mGy": "mGy", "Gy": "Gy", "milligrays": "mGy", "grays": "Gy",
    "becquerels per kilogram": "Bq/kg", "Bq/kg": "Bq/kg", "Bq/L": "Bq/L", "becquerels": "Bq",
    "kBq": "kBq", "MBq": "MBq", "GBq": "GBq", "TBq": "TBq", "Bq": "Bq",
    "sq ft": "sq ft", "km2": "km²", "km²": "km²", "m²": "m²", "m³": "m³",
    "cubic meters": "m³", "cubic metres": "m³", "cubic meter": "m³", "cubic metre": "m³",
    "cubic feet": "cu ft", "nautical miles": "nmi", "light-years": "ly", "light years": "ly",
    "astronomical units": "AU", "astronomical unit": "AU", "AU": "AU", "miles per gallon": "mpg",
    "mpg": "mpg",
    "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "km": "km",
    "meters": "m", "metres": "m", "meter": "m", "metre": "m",
    "centimeters": "cm", "centimetres": "cm", "centimeter": "cm", "centimetre": "cm",
    "cm": "cm", "millimeters": "mm", "millimetres": "mm", "millimeter": "mm",
    "millimetre": "mm", "mm": "mm", "nanometers": "nm", "nanometres": "nm", "nanometer": "nm",
    "nm": "nm", "miles": "mi", "mile": "mi", "feet": "ft", "foot": "ft", "ft": "ft",
    # micrometres, with either micro sign (U+00B5, and the Greek mu U+03BC feeds send; figs23)
    "micrometres": "µm", "micrometers": "µm", "micrometre": "µm", "micrometer": "µm",
    "microns": "µm", "micron": "µm", "µm": "µm", "μm": "µm",
    "inches": "in", "inch": "in", "yards": "yd", "yard": "yd",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acres", "acre": "acres",
    "mu": "mu", "liters": "L", "litres": "L", "liter": "L", "litre": "L",
    "milliliters": "ml", "millilitres": "ml", "ml": "ml", "mL": "ml",
    "gallons": "gal", "gallon": "gal",
    "barrels": "bbl", "barrel": "bbl", "metric tons": "t", "metric tonnes": "t",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t",
    "tablespoons": "tbsp", "tablespoon": "tbsp", "tbsp": "tbsp", "teaspoons": "tsp",
    "teaspoon": "tsp", "tsp": "tsp", "cups": "cup", "cup": "cup", "pints": "pt", "pint": "pt",
    "fluid ounces": "fl oz", "fl oz": "fl oz", "quarts": "qt", "quart": "qt",
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kg": "kg", "grams": "g", "gram": "g",
    "milligrams": "mg", "milligram": "mg", "mg": "mg", "micrograms": "µg", "microgram": "µg",
    "µg": "µg", "μg": "µg", "mcg": "µg", "nanograms": "ng", "nanogram": "ng",
    # a concentration keeps its volume (figs23): "15 mg/L"
    "mg/L": "mg/L", "mg/l": "mg/L", "µg/L": "µg/L", "μg/L": "µg/L", "g/L": "g/L",
    "mg/dL": "mg/dL", "mmol/L": "mmol/L", "ng/mL": "ng/mL", "mg/kg": "mg/kg",
    "millibars": "mbar", "millibar": "mbar", "mbar": "mbar", "kilobars": "kbar",
    "mmHg": "mmHg",
    "IU": "IU", "international units": "IU",  # figs24: doses of vitamins and hormones
    "lbs": "lb", "lb": "lb", "ounces": "oz", "ounce": "oz", "oz": "oz", "carats": "ct",
    "degrees Celsius": "°C", "degrees centigrade": "°C", "degrees Fahrenheit": "°F",
    "degrees C": "°C", "degrees F": "°F", "C": "°C", "F": "°F", "degrees": "°", "degree": "°",
    "°C": "°C", "°F": "°F", "℃": "°C", "℉": "°F",
    "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "kilowatts": "kW", "kilowatt": "kW",
    "megawatts": "MW", "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW",
    "terawatt-hours": "TWh", "watts": "W", "watt": "W", "kWh": "kWh", "MWh": "MWh",
    "GWh": "GWh", "TWh": "TWh", "kW": "kW", "MW": "MW", "GW": "GW", "TW": "TW",
    "kilovolts": "kV", "kV": "kV", "volts": "V",
    "kilonewtons": "kN", "kN": "kN", "meganewtons": "MN",
    "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph", "knots": "kn", "m/s": "m/s",
    "gigabytes": "GB", "terabytes": "TB", "megabytes": "MB", "GB": "GB", "TB": "TB",
    "MB": "MB", "Gbps": "Gbps", "Mbps": "Mbps", "GHz": "GHz", "MHz": "MHz",
    "gigahertz": "GHz", "megahertz": "MHz", "decibels": "dB", "dB": "dB",
    "magnitude": "magnitude", "TEUs": "TEU", "TEU": "TEU", "ppm": "ppm", "parts per million": "ppm",
    "calories": "kcal", "kcal": "kcal", "sigma": "σ",
    # technology
    "mAh": "mAh", "Wh": "Wh", "Hz": "Hz", "kHz": "kHz", "megapixels": "MP", "megapixel": "MP",
    "MP": "MP", "MB/s": "MB/s", "GB/s": "GB/s", "TB/s": "TB/s", "Tbps": "Tbps", "Kbps": "kbps",
    "Gbit/s": "Gbps", "Mbit/s": "Mbps", "kbit/s": "kbps", "Tbit/s": "Tbps",
    "Gb/s": "Gbps", "Mb/s": "Mbps",
    "kbps": "kbps", "petabytes": "PB", "exabytes": "EB", "kilobytes": "KB", "PB": "PB",
    "KB": "KB", "TOPS": "TOPS", "nits": "nits", "ppi": "ppi", "fps": "fps",
    "teraflops": "TFLOPS", "petaflops": "PFLOPS", "exaflops": "EFLOPS", "TFLOPS": "TFLOPS",
    "W": "W", "V": "V", "Pa": "Pa", "kPa": "kPa", "hPa": "hPa",
    "horsepower": "hp", "hp": "hp", "psi": "psi", "ATM": "atm", "atm": "atm",
    # science and energy
    "kelvin": "K", "millikelvin": "mK", "nanokelvin": "nK", "picokelvin": "pK",
    "parts per billion": "ppb", "ppb": "ppb", "parts per trillion": "ppt",
    "bpd": "bbl/d", "b/d": "bbl/d", "barrels per day": "bbl/d", "boe/d": "boe/d",
    "bcm": "bcm", "bcf": "bcf", "tcf": "tcf", "mcm": "mcm",
    "gigawatt-hours": "GWh", "gigawatt hours": "GWh", "megawatt-hours": "MWh",
    "megawatt hours": "MWh", "terawatt hours": "TWh", "gigatonnes": "Gt", "megatonnes": "Mt",
    "furlongs": "fur", "furlong": "fur",
}
#: Units that may be glued to the digits ("10km", "100W") but never stand after a space.
ATTACHED_ONLY_UNITS = frozenset({"g", "W", "V", "Pa", "MP", "hp", "ATM", "atm"})

#: Units of time → the plural shown in the figures panel.
DURATION_UNITS: dict[str, str] = {}
for _unit in "year month week day hour minute second decade night fortnight millisecond".split():
    DURATION_UNITS[_unit] = DURATION_UNITS[_unit + "s"] = _unit + "s"
DURATION_UNITS.update({
    "century": "centuries", "centuries": "centuries", "millennium": "millennia",
    "millennia": "millennia", "yrs": "years", "yr": "years", "hrs": "hours", "hr": "hours",
    "mins": "minutes", "min": "minutes", "secs": "seconds", "sec": "seconds",
    "quarters": "quarters",
    "seasons": "seasons",
})
