#!/usr/bin/env python3
"""Writes models/tiny-classifier/1.0.0/model.joblib, the scikit-learn model MLServer serves in the
runtime tests (scripts/start-mlserver.sh). Run it with the interpreter of that script's virtual
environment so the pickle matches the scikit-learn that loads it:

    ~/.cache/purser-mlserver/venv-*/bin/python Tests/Data/mlserver/train.py

Committed file made with Python 3.11, scikit-learn 1.9.1, joblib 1.6.0, numpy 2.4.6.
The model: a logistic regression on two features, trained on a fixed synthetic sample
(class 1 when x0 + x1 > 1).
"""
import os

import joblib
import numpy as np
from sklearn.linear_model import LogisticRegression

rng = np.random.default_rng(7)
features = rng.uniform(0, 1, size=(200, 2))
labels = (features.sum(axis=1) > 1).astype(int)
model = LogisticRegression().fit(features, labels)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "models", "tiny-classifier", "1.0.0")
os.makedirs(out, exist_ok=True)
joblib.dump(model, os.path.join(out, "model.joblib"))
print(f"accuracy on the training sample: {model.score(features, labels):.3f}")
