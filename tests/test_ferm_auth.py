"""FERM API key in the QGIS auth DB: only the authcfg id reaches QgsSettings.

pytest-qgis runs QGIS with the throw-away profile ``.qgis-settings/`` (git-ignored), so the auth DB used here is
``.qgis-settings/profiles/default/qgis-auth.db``; the fixture sets its master password to a fixed test value.
"""
import os

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from t2_monitor_plugin.gui import ferm_auth

TEST_MASTER_PASSWORD = "t2monitor-test-master"
KEY = "ferm-key-ABCDEF-987654"


def stored_key(manager) -> str:
    """The key as the auth DB holds it (read here by the test only: the plugin never reads it back)."""
    cfg = ferm_auth.authcfg_id()
    if not cfg or cfg not in manager.configIds():
        return ""
    config = QgsAuthMethodConfig()
    result = manager.loadAuthenticationConfig(cfg, config, True)
    config = result[1] if isinstance(result, tuple) and len(result) > 1 else config
    return config.configMap().get(ferm_auth.HEADER, "")


@pytest.fixture
def auth_db(qgis_app):
    manager = QgsApplication.authManager()
    assert not manager.isDisabled()
    assert "qgis-settings" in manager.authenticationDatabasePath(), "tests must not touch a real profile"
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(TEST_MASTER_PASSWORD, True), (
            "the test auth DB has another master password: delete .qgis-settings/profiles/default/qgis-auth.db")
    ferm_auth.clear_api_key()
    yield manager
    ferm_auth.clear_api_key()


def test_store_read_replace_clear(auth_db):
    assert stored_key(auth_db) == "" and not ferm_auth.has_api_key()
    cfg = ferm_auth.store_api_key("  " + KEY + "\n")
    assert len(cfg) == 7 and ferm_auth.authcfg_id() == cfg and ferm_auth.has_api_key()
    assert stored_key(auth_db) == KEY
    config = QgsAuthMethodConfig()
    auth_db.loadAuthenticationConfig(cfg, config, True)
    assert config.method() == "APIHeader"
    # the same configuration fills the header of a QGIS network request
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request = QNetworkRequest(QUrl("http://127.0.0.1/"))
    result = auth_db.updateNetworkRequest(request, cfg)
    request = result[1] if isinstance(result, tuple) else request
    assert bytes(request.rawHeader(b"x-api-key")).decode() == KEY
    # replacing keeps the id
    assert ferm_auth.store_api_key("second-key") == cfg
    assert stored_key(auth_db) == "second-key"
    # only the id is in the settings file
    settings = QgsSettings()
    settings.sync()
    assert settings.value(ferm_auth.SETTINGS_KEY) == cfg
    with open(settings.fileName(), encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    assert "second-key" not in text and KEY not in text
    # and the key is encrypted in the auth DB
    with open(auth_db.authenticationDatabasePath(), "rb") as fh:
        assert b"second-key" not in fh.read()
    ferm_auth.clear_api_key()
    assert ferm_auth.authcfg_id() == "" and cfg not in auth_db.configIds()
    assert stored_key(auth_db) == ""


def test_empty_key_and_stale_id(auth_db):
    with pytest.raises(ferm_auth.FermAuthError, match="empty"):
        ferm_auth.store_api_key("   ")
    QgsSettings().setValue(ferm_auth.SETTINGS_KEY, "zzzzzzz")  # removed by hand in the options
    assert not ferm_auth.has_api_key() and stored_key(auth_db) == ""
    cfg = ferm_auth.store_api_key(KEY)  # a new configuration is created
    assert cfg != "zzzzzzz" and stored_key(auth_db) == KEY
    assert os.path.exists(auth_db.authenticationDatabasePath())


def test_require_api_key_gives_the_id_not_the_key(auth_db):
    with pytest.raises(ferm_auth.FermAuthError, match="No FERM API key is set"):
        ferm_auth.require_api_key()
    cfg = ferm_auth.store_api_key(KEY)
    assert ferm_auth.require_api_key() == cfg
    assert not hasattr(ferm_auth, "api_key")  # nothing in the plugin reads the key back into Python
