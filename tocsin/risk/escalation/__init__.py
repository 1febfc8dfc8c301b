"""Dynamic forecast: the probability that violence against civilians escalates in a place in
the next months, from Events aggregated by month (country-month and admin1-month panels).

`target` defines escalation, `features` builds what is known at the end of a month, `model`
holds the estimator and the baselines, `evaluation` scores them in time order, and `service`
stores current forecasts as `Forecast(kind="dynamic")` rows.
"""
