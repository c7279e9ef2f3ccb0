"""The main window: actions, menus, start-up (database opening), language menu, presentation mode."""
