
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Checkbox as RadixThemesCheckbox,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideCopy from "lucide-react/dist/esm/icons/copy.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import DebounceInput from "react-debounce-input"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_58ee3136 = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_58ee3136 = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_58ee3136.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_58ee3136;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_58ee3136.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_58ee3136;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_58ee3136 = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_58ee3136 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_58ee3136.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_58ee3136;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_58ee3136 = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_58ee3136 = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_58ee3136.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_58ee3136;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_58ee3136.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_58ee3136;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_58ee3136 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_58ee3136.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_58ee3136;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_58ee3136 = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_58ee3136 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_58ee3136.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_58ee3136;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_58ee3136 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_58ee3136 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_58ee3136.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_58ee3136;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_58ee3136 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_58ee3136.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_58ee3136;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_58ee3136 = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_58ee3136 = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_58ee3136.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_58ee3136;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_58ee3136 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_58ee3136.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_58ee3136;
})();

export const Bare_comp_0a2076b049f207a7b30b98f0ec564333_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_0a2076b049f207a7b30b98f0ec564333_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_ ? "Not found" : "People")
    )
});
Bare_comp_0a2076b049f207a7b30b98f0ec564333_58ee3136.displayName = "Bare";
return Bare_comp_0a2076b049f207a7b30b98f0ec564333_58ee3136;
})();

export const Bare_comp_83619c45c81e5b9180d91cbdd43002e1_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_83619c45c81e5b9180d91cbdd43002e1_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.editing_id_rx_state_ > 0) ? "Edit " : "Add a person")
    )
});
Bare_comp_83619c45c81e5b9180d91cbdd43002e1_58ee3136.displayName = "Bare";
return Bare_comp_83619c45c81e5b9180d91cbdd43002e1_58ee3136;
})();

export const Bare_comp_705b09ba23fecc7b621239cbcdca894f_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_705b09ba23fecc7b621239cbcdca894f_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.editing_id_rx_state_ > 0) ? reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.form_name_rx_state_ : "")
    )
});
Bare_comp_705b09ba23fecc7b621239cbcdca894f_58ee3136.displayName = "Bare";
return Bare_comp_705b09ba23fecc7b621239cbcdca894f_58ee3136;
})();

export const Textfieldroot_textfield__root_bd4938658cfff9af23e8f77610bdd592_58ee3136 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_bd4938658cfff9af23e8f77610bdd592_58ee3136 = memo(({children, ...rest}) => {
    const ref_name = useRef(null); refs["ref_name"] = ref_name;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"name-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["name"]) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.form_name_rx_state_, id:"name", name:"name", ref:ref_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_bd4938658cfff9af23e8f77610bdd592_58ee3136.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_bd4938658cfff9af23e8f77610bdd592_58ee3136;
})();

export const Bare_comp_2aa00db1729a4dc7ce6546571b609d23_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_2aa00db1729a4dc7ce6546571b609d23_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["name"]
    )
});
Bare_comp_2aa00db1729a4dc7ce6546571b609d23_58ee3136.displayName = "Bare";
return Bare_comp_2aa00db1729a4dc7ce6546571b609d23_58ee3136;
})();

export const Cond_comp_568753a4fdbb721777ea828e38c3ecf4_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_568753a4fdbb721777ea828e38c3ecf4_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["name"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_568753a4fdbb721777ea828e38c3ecf4_58ee3136.displayName = "Cond";
return Cond_comp_568753a4fdbb721777ea828e38c3ecf4_58ee3136;
})();

export const Textfieldroot_textfield__root_20470a7d7a2ccb77660f7cff2e1104c7_58ee3136 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_20470a7d7a2ccb77660f7cff2e1104c7_58ee3136 = memo(({children, ...rest}) => {
    const ref_email = useRef(null); refs["ref_email"] = ref_email;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"email-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["email"]) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.form_email_rx_state_, id:"email", name:"email", ref:ref_email, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_20470a7d7a2ccb77660f7cff2e1104c7_58ee3136.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_20470a7d7a2ccb77660f7cff2e1104c7_58ee3136;
})();

export const Bare_comp_2b19481c43d58113fb18af61da7502d9_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_2b19481c43d58113fb18af61da7502d9_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["email"]
    )
});
Bare_comp_2b19481c43d58113fb18af61da7502d9_58ee3136.displayName = "Bare";
return Bare_comp_2b19481c43d58113fb18af61da7502d9_58ee3136;
})();

export const Cond_comp_4655923a848dd915974e450610aba726_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_4655923a848dd915974e450610aba726_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["email"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4655923a848dd915974e450610aba726_58ee3136.displayName = "Cond";
return Cond_comp_4655923a848dd915974e450610aba726_58ee3136;
})();

export const Textfieldroot_textfield__root_65d4b1fd2565c8402a11259b3809ee2b_58ee3136 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_65d4b1fd2565c8402a11259b3809ee2b_58ee3136 = memo(({children, ...rest}) => {
    const ref_time_zone = useRef(null); refs["ref_time_zone"] = ref_time_zone;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"time_zone-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["time_zone"]) ? "true" : "false"), autoComplete:"off", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.form_time_zone_rx_state_, id:"time_zone", list:"time-zones", name:"time_zone", placeholder:"Type a city, e.g. Europe/London", ref:ref_time_zone, size:"3", spellCheck:false }))},)
    )
});
Textfieldroot_textfield__root_65d4b1fd2565c8402a11259b3809ee2b_58ee3136.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_65d4b1fd2565c8402a11259b3809ee2b_58ee3136;
})();

export const Bare_comp_bb4da0d799a2f2f0f16273d12a5e61ab_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_bb4da0d799a2f2f0f16273d12a5e61ab_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["time_zone"]
    )
});
Bare_comp_bb4da0d799a2f2f0f16273d12a5e61ab_58ee3136.displayName = "Bare";
return Bare_comp_bb4da0d799a2f2f0f16273d12a5e61ab_58ee3136;
})();

export const Cond_comp_3b64b52aa13bfcdb7f0d2ff65e28ce33_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_3b64b52aa13bfcdb7f0d2ff65e28ce33_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.errors_rx_state_?.["time_zone"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3b64b52aa13bfcdb7f0d2ff65e28ce33_58ee3136.displayName = "Cond";
return Cond_comp_3b64b52aa13bfcdb7f0d2ff65e28ce33_58ee3136;
})();

export const Checkbox_checkbox_921aef7818d03e2ab75fc23649edcec2_58ee3136 = /*#__PURE__*/ (() => {
const Checkbox_checkbox_921aef7818d03e2ab75fc23649edcec2_58ee3136 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        jsx(RadixThemesCheckbox,{...mergeSlotProps(rest, ({ "aria-label":"Admin team", defaultChecked:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.form_is_admin_rx_state_, name:"is_admin", size:"2" }))},)
    )
});
Checkbox_checkbox_921aef7818d03e2ab75fc23649edcec2_58ee3136.displayName = "Checkbox";
return Checkbox_checkbox_921aef7818d03e2ab75fc23649edcec2_58ee3136;
})();

export const Bare_comp_d781fb4f2f0297ae6391aefc5726eb54_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_d781fb4f2f0297ae6391aefc5726eb54_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.editing_id_rx_state_ > 0) ? "Save changes" : "Add person")
    )
});
Bare_comp_d781fb4f2f0297ae6391aefc5726eb54_58ee3136.displayName = "Bare";
return Bare_comp_d781fb4f2f0297ae6391aefc5726eb54_58ee3136;
})();

export const Button_button_73f1510ca3e485c5f8fd6c5cad31c454_58ee3136 = /*#__PURE__*/ (() => {
const Button_button_73f1510ca3e485c5f8fd6c5cad31c454_58ee3136 = memo(({children, ...rest}) => {
    const on_click_d14f16e0ead971443a3f64b2a8e6da23 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.stop_editing", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_d14f16e0ead971443a3f64b2a8e6da23, size:"3", type:"button", variant:"soft" }))},children)
    )
});
Button_button_73f1510ca3e485c5f8fd6c5cad31c454_58ee3136.displayName = "Button";
return Button_button_73f1510ca3e485c5f8fd6c5cad31c454_58ee3136;
})();

export const Cond_comp_3880f07c79b158dda4005eca748c183f_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_3880f07c79b158dda4005eca748c183f_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.editing_id_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3880f07c79b158dda4005eca748c183f_58ee3136.displayName = "Cond";
return Cond_comp_3880f07c79b158dda4005eca748c183f_58ee3136;
})();

export const Cond_comp_b05bcac6fd48f8ef7013327e69344255_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_b05bcac6fd48f8ef7013327e69344255_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        (!((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.editing_id_rx_state_ > 0))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b05bcac6fd48f8ef7013327e69344255_58ee3136.displayName = "Cond";
return Cond_comp_b05bcac6fd48f8ef7013327e69344255_58ee3136;
})();

export const Form_root_56dfc23349980a76b4ddc8b29f07b443_58ee3136 = /*#__PURE__*/ (() => {
const Form_root_56dfc23349980a76b4ddc8b29f07b443_58ee3136 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")

    const handleSubmit_dea6344b407f4e1a9321351f13b4e542 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["name"] : getRefValue(refs["ref_name"]), ["email"] : getRefValue(refs["ref_email"]), ["time_zone"] : getRefValue(refs["ref_time_zone"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.save_person", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), key:reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.form_version_rx_state_, onSubmit:handleSubmit_dea6344b407f4e1a9321351f13b4e542 }))},children)
    )
});
Form_root_56dfc23349980a76b4ddc8b29f07b443_58ee3136.displayName = "Form";
return Form_root_56dfc23349980a76b4ddc8b29f07b443_58ee3136;
})();

export const Debounceinput_debounceinput_b5ad4bb03d0a9744213295d9038e0ce4_58ee3136 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_b5ad4bb03d0a9744213295d9038e0ce4_58ee3136 = memo(({children, ...rest}) => {
    const on_change_8cdab1d05ec57a9dc93e06a2d981dc9f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.set_query", ({ ["query"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 250 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ "aria-label":"Search people", css:({ ["flexGrow"] : "1" }), debounceTimeout:300, element:RadixThemesTextField.Root, onChange:on_change_8cdab1d05ec57a9dc93e06a2d981dc9f, placeholder:"Name or email", size:"3", type:"search", value:(isNotNullOrUndefined(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.query_rx_state_) ? reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.query_rx_state_ : "") }), "inputRef")},children)
    )
});
Debounceinput_debounceinput_b5ad4bb03d0a9744213295d9038e0ce4_58ee3136.displayName = "DebounceInput";
return Debounceinput_debounceinput_b5ad4bb03d0a9744213295d9038e0ce4_58ee3136;
})();

export const Bare_comp_403376659bc72a22516b550c31d26a25_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_403376659bc72a22516b550c31d26a25_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.total_rx_state_
    )
});
Bare_comp_403376659bc72a22516b550c31d26a25_58ee3136.displayName = "Bare";
return Bare_comp_403376659bc72a22516b550c31d26a25_58ee3136;
})();

export const Foreach_comp_0d055d152623bff20524d0bf701d68dc_58ee3136 = /*#__PURE__*/ (() => {
const Foreach_comp_0d055d152623bff20524d0bf701d68dc_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.rows_rx_state_ ?? [],((person_rx_state_,index_f6e966c072feb3f1583a6bea9ac250b9)=>(jsx(RadixThemesTable.Row,{align:"center",key:index_f6e966c072feb3f1583a6bea9ac250b9},jsx(RadixThemesTable.RowHeaderCell,{},person_rx_state_?.["name"],jsx(Fragment,{},(person_rx_state_?.["is_admin"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{css:({ ["marginLeft"] : "0.5rem" })},"Admin"))):(jsx(Fragment,{},))))),jsx(RadixThemesTable.Cell,{},person_rx_state_?.["email"]),jsx(RadixThemesTable.Cell,{},person_rx_state_?.["time_zone"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(person_rx_state_?.["status"])) {case JSON.stringify("Active"):  return ("green");  break;case JSON.stringify("Invited"):  return ("amber");  break;default:  return ("gray");  break;};})(),highContrast:true},person_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(isTrue(person_rx_state_?.["link_url"])?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{"aria-label":("Copy link for "+person_rx_state_?.["name"]),onClick:((_e) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (navigator?.["clipboard"]?.["writeText"](person_rx_state_?.["link_url"]))), ["callback"] : null }), ({  })))], [_e], ({  })));(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["success"]("Link copied."))), ["callback"] : null }), ({  })))], [_e], ({  })));}),size:"1",variant:"outline"},jsx(LucideCopy,{size:14},),"Copy link"),jsx(RadixThemesLink,{asChild:true,className:"password-link",css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"1"},jsx(ReactRouterLink,{to:person_rx_state_?.["link_url"]},"Open"))),jsx(RadixThemesText,{as:"p",color:"gray",size:"1"},person_rx_state_?.["link_note"])))):(jsx(Fragment,{},(person_rx_state_?.["active"]?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("New link for "+person_rx_state_?.["name"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.new_link", ({ ["person_id"] : person_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"ghost"},"New link"))):(jsx(Fragment,{},)))))))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{"aria-label":("Edit "+person_rx_state_?.["name"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.edit", ({ ["person_id"] : person_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Edit"),jsx(Fragment,{},(person_rx_state_?.["active"]?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Deactivate "+person_rx_state_?.["name"]),color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.set_active", ({ ["person_id"] : person_rx_state_?.["id"], ["active"] : false }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Deactivate"))):(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Reactivate "+person_rx_state_?.["name"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.set_active", ({ ["person_id"] : person_rx_state_?.["id"], ["active"] : true }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Reactivate")))))))))))
    )
});
Foreach_comp_0d055d152623bff20524d0bf701d68dc_58ee3136.displayName = "Foreach";
return Foreach_comp_0d055d152623bff20524d0bf701d68dc_58ee3136;
})();

export const Button_button_554fa7920189c5653f0db84394d648c1_58ee3136 = /*#__PURE__*/ (() => {
const Button_button_554fa7920189c5653f0db84394d648c1_58ee3136 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
const on_click_00b9eb5c145e5421d7dfaa5c28f59477 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.go_to_page", ({ ["page"] : (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.page_rx_state_ <= 1), onClick:on_click_00b9eb5c145e5421d7dfaa5c28f59477, variant:"soft" }))},children)
    )
});
Button_button_554fa7920189c5653f0db84394d648c1_58ee3136.displayName = "Button";
return Button_button_554fa7920189c5653f0db84394d648c1_58ee3136;
})();

export const Bare_comp_07648f761eca8075e5daab905f238537_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_07648f761eca8075e5daab905f238537_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.page_rx_state_
    )
});
Bare_comp_07648f761eca8075e5daab905f238537_58ee3136.displayName = "Bare";
return Bare_comp_07648f761eca8075e5daab905f238537_58ee3136;
})();

export const Bare_comp_803a1a332fb8cf32ec5129db14e5f549_58ee3136 = /*#__PURE__*/ (() => {
const Bare_comp_803a1a332fb8cf32ec5129db14e5f549_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.pages_rx_state_
    )
});
Bare_comp_803a1a332fb8cf32ec5129db14e5f549_58ee3136.displayName = "Bare";
return Bare_comp_803a1a332fb8cf32ec5129db14e5f549_58ee3136;
})();

export const Button_button_ff37a6c4bd29a792ecf5aa881104d560_58ee3136 = /*#__PURE__*/ (() => {
const Button_button_ff37a6c4bd29a792ecf5aa881104d560_58ee3136 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
const on_click_f91ec14cfdda777feaf99c76ef654585 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state.go_to_page", ({ ["page"] : (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.page_rx_state_ >= reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.pages_rx_state_), onClick:on_click_f91ec14cfdda777feaf99c76ef654585, variant:"soft" }))},children)
    )
});
Button_button_ff37a6c4bd29a792ecf5aa881104d560_58ee3136.displayName = "Button";
return Button_button_ff37a6c4bd29a792ecf5aa881104d560_58ee3136;
})();

export const Cond_comp_e9cc476158c5e58361971846a36deffc_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_e9cc476158c5e58361971846a36deffc_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___people____people_state.pages_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e9cc476158c5e58361971846a36deffc_58ee3136.displayName = "Cond";
return Cond_comp_e9cc476158c5e58361971846a36deffc_58ee3136;
})();

export const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_91daef68a0be16bb48f4fd9923b794fd_58ee3136.displayName = "Cond";
return Cond_comp_91daef68a0be16bb48f4fd9923b794fd_58ee3136;
})();

export const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_58ee3136 = /*#__PURE__*/ (() => {
const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_58ee3136 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_58ee3136.displayName = "Cond";
return Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_58ee3136;
})();
