"""The FERM API key in the QGIS authentication database (never in settings, project files, outputs or logs).

The key is stored as a QGIS authentication configuration of method ``APIHeader`` (shipped with QGIS 3.40) whose
config map is ``{"x-api-key": <key>}`` — the header the FERM API expects, so the same configuration also works with
any QGIS network request (``QgsAuthManager.updateNetworkRequest``). The auth database encrypts it with the user's
master password. The plugin never reads the key back: publishing passes the configuration id to QGIS, which adds
the header to the request itself (see ``t2_monitor_plugin/network.py``). Only the configuration id (``authcfg``, 7
characters, not a secret) is kept in QgsSettings under ``t2monitor/ferm/authcfg``; it is visible and editable in
*Settings › Options › Authentication*.

Master password: reading or writing an encrypted configuration needs the master password of the QGIS profile. In the
QGIS desktop, ``ensure_master_password()`` lets QGIS ask for it (or ask to create one the first time); when it is not
given, a :class:`FermAuthError` explains it. Headless and in tests there is nobody to ask: set it first with
``QgsApplication.authManager().setMasterPassword("…", True)`` on a throw-away auth DB (start QGIS with the
``QGIS_AUTH_DB_DIR_PATH`` environment variable pointing to a temporary folder, or use a temporary profile as
pytest-qgis does with ``.qgis-settings/``).
"""
from __future__ import annotations

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from ..core.errors import T2Error, tr_noop

SETTINGS_KEY = "t2monitor/ferm/authcfg"
AUTH_METHOD = "APIHeader"
HEADER = "x-api-key"
CONFIG_NAME = "T2 Monitor - FERM API key"


class FermAuthError(T2Error):
    """The key cannot be stored or read (auth system disabled, master password not given, config missing)."""


def _manager():
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise FermAuthError(tr_noop("The QGIS authentication system is disabled, so the FERM API key cannot be "
                                    "stored safely. See Settings › Options › Authentication."))
    if AUTH_METHOD not in manager.authMethodsKeys():
        raise FermAuthError(tr_noop("The QGIS authentication method \"{method}\" is not available in this QGIS "
                                    "installation."), method=AUTH_METHOD)
    return manager


def ensure_master_password() -> bool:
    """True when the master password is set; otherwise QGIS asks the user for it (desktop only)."""
    manager = _manager()
    if manager.masterPasswordIsSet():
        return True
    return bool(manager.setMasterPassword(True)) and manager.masterPasswordIsSet()


def _require_master_password(manager) -> None:
    if not ensure_master_password():
        raise FermAuthError(tr_noop("The QGIS master password was not given, so the FERM API key cannot be read "
                                    "or stored. Enter it when QGIS asks (Settings › Options › Authentication)."))


def authcfg_id() -> str:
    """The id of the stored configuration ('' when none)."""
    return QgsSettings().value(SETTINGS_KEY, "", type=str) or ""


def has_api_key() -> bool:
    """Whether a configuration id is remembered and still exists (no master password needed)."""
    cfg = authcfg_id()
    if not cfg:
        return False
    manager = QgsApplication.authManager()
    return manager is not None and not manager.isDisabled() and cfg in manager.configIds()


def store_api_key(key: str) -> str:
    """Store ``key`` (replacing the previous one) and remember only the configuration id; returns the id."""
    key = (key or "").strip()
    if not key:
        raise FermAuthError(tr_noop("The FERM API key is empty."))
    manager = _manager()
    _require_master_password(manager)
    config = QgsAuthMethodConfig(AUTH_METHOD)
    config.setName(CONFIG_NAME)
    config.setConfigMap({HEADER: key})
    cfg = authcfg_id()
    if cfg and cfg in manager.configIds():
        config.setId(cfg)
        ok = manager.updateAuthenticationConfig(config)
    else:
        ok = manager.storeAuthenticationConfig(config)
    if isinstance(ok, tuple):  # PyQGIS returns (ok, config) for storeAuthenticationConfig
        ok, config = ok[0], ok[1] if len(ok) > 1 else config
    if not ok or not config.id():
        raise FermAuthError(tr_noop("The FERM API key could not be stored in the QGIS authentication database."))
    QgsSettings().setValue(SETTINGS_KEY, config.id())
    return config.id()


def require_api_key() -> str:
    """The id of the stored configuration, ready for a network request: raises :class:`FermAuthError` when no key
    is stored or the master password is not given (QGIS asks for it in the desktop, in the main thread).

    The key itself is never read here: QGIS adds it to the request (``QgsAuthManager.updateNetworkRequest``).
    """
    if not has_api_key():
        raise FermAuthError(tr_noop("No FERM API key is set. Use \"Set API key…\" to store the key given by FERM."))
    _require_master_password(_manager())
    return authcfg_id()


def clear_api_key() -> None:
    """Remove the stored configuration and the remembered id."""
    cfg = authcfg_id()
    manager = QgsApplication.authManager()
    if cfg and manager is not None and not manager.isDisabled() and cfg in manager.configIds():
        manager.removeAuthenticationConfig(cfg)
    QgsSettings().remove(SETTINGS_KEY)
